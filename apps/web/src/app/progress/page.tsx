import { getDb } from "@quizdeck/db";
import { listStudentClasses } from "@quizdeck/db/class";
import { getMemoryModel, getWorkloadForecast } from "@quizdeck/db/memory";
import {
  getProgressSeries,
  getTopicMastery,
  listAnswerHistory,
  listReviewHistory,
  PROGRESS_POLICY,
} from "@quizdeck/db/progress";
import type { Metadata } from "next";
import Link from "next/link";
import { HISTORY_MAX, historyLimit, moreHistoryHref } from "@/components/progress/history-paging";
import { AnswerHistoryTable, ReviewHistoryTable } from "@/components/progress/history-tables";
import { MasteryExplanation } from "@/components/progress/mastery-explanation";
import styles from "@/components/progress/progress.module.css";
import {
  ActivityChart,
  DailyAccuracyChart,
  ForecastChart,
  MasteryChart,
  WeeklyAccuracyChart,
} from "@/components/progress/progress-charts";
import { longDay, plural } from "@/components/progress/series-text";
import { WorkloadSection } from "@/components/progress/workload-section";
import { requireUser } from "@/lib/session";
import { getTimeZone } from "@/lib/time-zone";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage({
  searchParams,
}: {
  searchParams: Promise<{ answers?: string | string[]; reviews?: string | string[] }>;
}) {
  const user = await requireUser("/progress", "student");
  const params = await searchParams;
  const shown = { answers: historyLimit(params.answers), reviews: historyLimit(params.reviews) };
  const db = getDb();
  const timeZone = await getTimeZone();
  const now = new Date();
  const [series, mastery, answerHistory, reviewHistory, model, workload, classes] =
    await Promise.all([
      getProgressSeries(db, { userId: user.id, timeZone, days: PROGRESS_POLICY.seriesDays, now }),
      getTopicMastery(db, { userId: user.id, now }),
      listAnswerHistory(db, { userId: user.id, limit: shown.answers }),
      listReviewHistory(db, { userId: user.id, limit: shown.reviews }),
      getMemoryModel(db, { userId: user.id, now }),
      getWorkloadForecast(db, { userId: user.id, now }),
      listStudentClasses(db, { studentId: user.id }),
    ]);
  const modelClass = classes.find((klass) => klass.id === model.classId)?.name ?? null;

  const answeredInWindow = series.days.some((day) => day.answers > 0);
  const activeInWindow = answeredInWindow || series.days.some((day) => day.reviews > 0);
  const neverAnswered = answerHistory.answers.length === 0;
  const topics = mastery.tags.filter((tag) => tag.kind === "topic");
  const actors = mastery.tags.filter((tag) => tag.kind === "person" || tag.kind === "organisation");
  const anyMet = mastery.tags.some((tag) => tag.met > 0);
  const noAnswers = (
    <p className="notice">
      {neverAnswered ? "No answers yet" : "No answers in the last 8 weeks"} —{" "}
      <Link href="/practice">take a practice quiz</Link>.
    </p>
  );

  if (series.firstActiveDay === null) {
    return (
      <div className="stack">
        <h1>Your progress</h1>
        <p className="notice">
          Nothing to show yet. Your accuracy, activity and mastery per topic appear here once you
          have answered a question or reviewed a card:{" "}
          <Link href="/practice">take a practice quiz</Link> or{" "}
          <Link href="/flashcards">review flashcards</Link>. Answers to a test still in progress
          count once it is submitted and its answers are shown to you.
        </p>
      </div>
    );
  }

  return (
    <div className="stack">
      <h1>Your progress</h1>
      <p className="muted">
        Days follow your time zone ({timeZone}). The charts cover the last 8 weeks, starting no
        earlier than your first answer or card review ({longDay(series.firstActiveDay)}); each has a
        “Show as table” view with the numbers of the days with activity.
      </p>

      <section aria-labelledby="accuracy-heading" className={styles.section}>
        <h2 id="accuracy-heading">Accuracy</h2>
        {answeredInWindow ? (
          <>
            <DailyAccuracyChart days={series.days} />
            <WeeklyAccuracyChart weeks={series.weeks} days={series.days} />
          </>
        ) : (
          noAnswers
        )}
      </section>

      <section aria-labelledby="activity-heading" className={styles.section}>
        <h2 id="activity-heading">Activity</h2>
        {activeInWindow ? (
          <ActivityChart days={series.days} />
        ) : (
          <p className="notice">
            {neverAnswered ? "No answers yet" : "Nothing in the last 8 weeks"} —{" "}
            <Link href="/practice">take a practice quiz</Link> or{" "}
            <Link href="/flashcards">review flashcards</Link>.
          </p>
        )}
      </section>

      <section aria-labelledby="mastery-heading" className={styles.section}>
        <h2 id="mastery-heading">Mastery by topic</h2>
        {anyMet ? (
          <>
            <MasteryExplanation horizonDays={mastery.horizonDays} />
            <MasteryChart id="mastery-topics" title="Topics" rows={topics} />
            <MasteryChart id="mastery-actors" title="People and organisations" rows={actors} />
          </>
        ) : (
          <p className="notice">
            Nothing met yet — <Link href="/practice">take a practice quiz</Link> or{" "}
            <Link href="/flashcards">review flashcards</Link> to see your mastery per topic.
          </p>
        )}
      </section>

      <section aria-labelledby="forecast-heading" className={styles.section}>
        <h2 id="forecast-heading">Due in the next 14 days</h2>
        {series.forecast.every((day) => day.due === 0) ? (
          <p>Nothing is due in the next 14 days.</p>
        ) : (
          <ForecastChart forecast={series.forecast} />
        )}
      </section>

      <WorkloadSection
        forecast={workload}
        model={model}
        className={modelClass}
        timeZone={timeZone}
      />

      <section
        aria-labelledby="answer-history-heading"
        className={styles.section}
        id="answer-history"
      >
        <h2 id="answer-history-heading">Answer history</h2>
        {neverAnswered ? (
          noAnswers
        ) : (
          <>
            <p className="muted" aria-live="polite">
              Showing your latest {plural(answerHistory.answers.length, "answer")}.
            </p>
            <AnswerHistoryTable answers={answerHistory.answers} timeZone={timeZone} />
            {answerHistory.nextCursor && shown.answers < HISTORY_MAX ? (
              <p className={styles.more}>
                <Link
                  className="button secondary"
                  href={moreHistoryHref("answers", shown)}
                  scroll={false}
                >
                  Show more answers
                </Link>
              </p>
            ) : null}
          </>
        )}
      </section>

      <section
        aria-labelledby="review-history-heading"
        className={styles.section}
        id="review-history"
      >
        <h2 id="review-history-heading">Review history</h2>
        {reviewHistory.reviews.length === 0 ? (
          <p className="notice">
            No card reviews yet — <Link href="/flashcards">review flashcards</Link>.
          </p>
        ) : (
          <>
            <p className="muted" aria-live="polite">
              Showing your latest {plural(reviewHistory.reviews.length, "card review")}.
            </p>
            <ReviewHistoryTable reviews={reviewHistory.reviews} timeZone={timeZone} />
            {reviewHistory.nextCursor && shown.reviews < HISTORY_MAX ? (
              <p className={styles.more}>
                <Link
                  className="button secondary"
                  href={moreHistoryHref("reviews", shown)}
                  scroll={false}
                >
                  Show more reviews
                </Link>
              </p>
            ) : null}
          </>
        )}
      </section>
    </div>
  );
}

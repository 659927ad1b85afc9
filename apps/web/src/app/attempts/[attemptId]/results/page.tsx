import { getDb } from "@quizdeck/db";
import { missedQuestionIds } from "@quizdeck/db/attempt";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { QuestionReviews, type Review } from "@/components/quiz/question-reviews";
import styles from "@/components/quiz/results.module.css";
import { RetryMissedForm } from "@/components/quiz/retry-missed-form";
import { WithheldAnswers } from "@/components/quiz/withheld-answers";
import { answersShownText, scoreShownText } from "@/lib/assignments/release-text";
import { loadAttemptForPage, safeFeedback } from "@/lib/quiz/attempt-view";
import { formatPoints, percent } from "@/lib/quiz/feedback-text";
import { buildUnansweredFeedback } from "@/lib/quiz/present-question";
import { requireUser } from "@/lib/session";
import { getTimeZone } from "@/lib/time-zone";

export const metadata: Metadata = { title: "Results" };

export default async function ResultsPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const user = await requireUser(`/attempts/${attemptId}/results`);
  const view = await loadAttemptForPage(getDb(), user.id, attemptId);
  const { attempt } = view;
  if (!attempt.submittedAt) redirect(`/attempts/${encodeURIComponent(attempt.id)}`);
  const timeZone = await getTimeZone();

  const total = attempt.questionIds.length;
  const score = attempt.score ?? 0;
  // Nothing of the key (marks, correct answers, explanations) before the teacher's release.
  const reviews: Review[] = attempt.answersVisible
    ? view.questions.map(({ question, presented, saved }) => ({
        question,
        presented,
        score: saved?.score ?? 0,
        feedback:
          (saved ? safeFeedback(question, saved.response, attempt) : null) ??
          buildUnansweredFeedback(question, attempt),
      }))
    : [];
  const counts = {
    correct: reviews.filter((review) => review.feedback.answered && review.score >= 1).length,
    partial: reviews.filter(
      (review) => review.feedback.answered && review.score > 0 && review.score < 1,
    ).length,
    wrong: reviews.filter((review) => review.feedback.answered && review.score === 0).length,
    unanswered: reviews.filter((review) => !review.feedback.answered).length,
  };
  const missed = attempt.answersVisible
    ? missedQuestionIds(attempt.questionIds, attempt.responses)
    : [];

  return (
    <div className="stack">
      <h1>Results: {view.title}</h1>
      <section className={`card stack ${styles.scoreCard}`} aria-labelledby="score-heading">
        <h2 id="score-heading">Your score</h2>
        {attempt.scoreVisible ? (
          <p className={styles.scoreSummary}>
            <span className={styles.bigScore}>{percent(score)}</span>
            <span>
              {formatPoints(score * total)} of {total} point{total === 1 ? "" : "s"}
            </span>
          </p>
        ) : (
          <p>Submitted. {attempt.release ? scoreShownText(attempt.release, timeZone) : null}</p>
        )}
        {attempt.answersVisible ? (
          <p>
            {counts.correct} correct
            {counts.partial > 0 ? `, ${counts.partial} partly correct` : ""}, {counts.wrong} not
            correct
            {counts.unanswered > 0 ? `, ${counts.unanswered} not answered` : ""}.
          </p>
        ) : null}
        {attempt.late ? <p className="notice">Submitted after the due time.</p> : null}
        {!attempt.answersVisible ? null : missed.length > 0 ? (
          <RetryMissedForm attemptId={attempt.id} count={missed.length} />
        ) : (
          <p className="success">Every answer was right.</p>
        )}
        <p>
          <Link href="/practice">Practise more questions</Link> ·{" "}
          <Link href="/home">Back to your home page</Link>
        </p>
      </section>

      {attempt.answersVisible ? (
        <QuestionReviews reviews={reviews} />
      ) : (
        <WithheldAnswers
          notice={attempt.release ? answersShownText(attempt.release, timeZone) : ""}
          questions={view.questions.map(({ presented, saved }) => ({
            prompt: presented.prompt,
            answered: saved !== null,
          }))}
        />
      )}
    </div>
  );
}

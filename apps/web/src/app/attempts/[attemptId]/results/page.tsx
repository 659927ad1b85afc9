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

const HELD_SCORE_NOTICE =
  "Your score is shown once the assignment these questions are also on releases its answers.";
const OTHER_ASSIGNMENT_NOTICE =
  "These questions are also on an assignment of yours whose answers are not out yet: their answers and marks are shown here once that assignment releases them.";

export default async function ResultsPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const user = await requireUser(`/attempts/${attemptId}/results`);
  const view = await loadAttemptForPage(getDb(), user.id, attemptId);
  const { attempt } = view;
  if (!attempt.submittedAt) redirect(`/attempts/${encodeURIComponent(attempt.id)}`);
  const timeZone = await getTimeZone();

  const total = attempt.questionIds.length;
  const score = attempt.score ?? 0;
  // Nothing of the key (marks, correct answers, explanations) before the teacher's release, nor
  // for a question another assignment still withholds.
  const withheld = new Set(attempt.withheldQuestionIds);
  const open = view.questions.filter(({ question }) => !withheld.has(question.id));
  const closed = attempt.answersVisible
    ? view.questions.filter(({ question }) => withheld.has(question.id))
    : view.questions;
  const reviews: Review[] = attempt.answersVisible
    ? open.map(({ question, source, presented, saved }) => ({
        question,
        presented,
        score: saved?.score ?? 0,
        feedback:
          (saved ? safeFeedback(question, saved.response, attempt, source) : null) ??
          buildUnansweredFeedback(question, attempt, source),
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
  // Retrying practises the bank's questions only (a teacher's own stay in the assignment).
  const fromBank = new Set(
    attempt.questions.filter((taken) => taken.version === null).map((taken) => taken.id),
  );
  const allMissed = attempt.answersVisible
    ? missedQuestionIds(
        attempt.questionIds.filter((id) => !withheld.has(id)),
        attempt.responses,
      )
    : [];
  const missed = allMissed.filter((id) => fromBank.has(id));

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
          <p>
            Submitted.{" "}
            {attempt.release && withheld.size === 0
              ? scoreShownText(attempt.release, timeZone)
              : HELD_SCORE_NOTICE}
          </p>
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
        ) : allMissed.length === 0 ? (
          <p className="success">Every answer was right.</p>
        ) : null}
        <p>
          <Link href="/practice">Practise more questions</Link> ·{" "}
          <Link href="/home">Back to your home page</Link>
        </p>
      </section>

      {reviews.length > 0 ? <QuestionReviews reviews={reviews} /> : null}
      {closed.length > 0 ? (
        <WithheldAnswers
          heading={reviews.length > 0 ? "Answers not out yet" : "Question by question"}
          notice={
            attempt.answersVisible
              ? OTHER_ASSIGNMENT_NOTICE
              : attempt.release
                ? answersShownText(attempt.release, timeZone)
                : ""
          }
          questions={closed.map(({ presented, saved }) => ({
            prompt: presented.prompt,
            answered: saved !== null,
          }))}
        />
      ) : null}
    </div>
  );
}

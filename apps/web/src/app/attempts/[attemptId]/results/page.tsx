import { getDb } from "@quizdeck/db";
import { missedQuestionIds } from "@quizdeck/db/attempt";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { FeedbackPanel } from "@/components/quiz/feedback-panel";
import styles from "@/components/quiz/quiz.module.css";
import { RetryMissedForm } from "@/components/quiz/retry-missed-form";
import { loadAttemptForPage, safeFeedback } from "@/lib/quiz/attempt-view";
import { formatPoints, percent } from "@/lib/quiz/feedback-text";
import { buildUnansweredFeedback, clozeSegments } from "@/lib/quiz/present-question";
import { requireUser } from "@/lib/session";

export const metadata: Metadata = { title: "Results" };

export default async function ResultsPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const user = await requireUser(`/attempts/${attemptId}/results`);
  const view = await loadAttemptForPage(getDb(), user.id, attemptId);
  const { attempt } = view;
  if (!attempt.submittedAt) redirect(`/attempts/${encodeURIComponent(attempt.id)}`);

  const total = attempt.questionIds.length;
  const score = attempt.score ?? 0;
  const reviews = view.questions.map(({ question, presented, saved }) => ({
    question,
    presented,
    score: saved?.score ?? 0,
    feedback:
      (saved ? safeFeedback(question, saved.response, attempt) : null) ??
      buildUnansweredFeedback(question, attempt),
  }));
  const counts = {
    correct: reviews.filter((review) => review.feedback.answered && review.score >= 1).length,
    partial: reviews.filter(
      (review) => review.feedback.answered && review.score > 0 && review.score < 1,
    ).length,
    wrong: reviews.filter((review) => review.feedback.answered && review.score === 0).length,
    unanswered: reviews.filter((review) => !review.feedback.answered).length,
  };
  const missed = missedQuestionIds(attempt.questionIds, attempt.responses);

  return (
    <div className="stack">
      <h1>Results: {view.title}</h1>
      <section className={`card stack ${styles.scoreCard}`} aria-labelledby="score-heading">
        <h2 id="score-heading">Your score</h2>
        <p className={styles.scoreSummary}>
          <span className={styles.bigScore}>{percent(score)}</span>
          <span>
            {formatPoints(score * total)} of {total} point{total === 1 ? "" : "s"}
          </span>
        </p>
        <p>
          {counts.correct} correct
          {counts.partial > 0 ? `, ${counts.partial} partly correct` : ""}, {counts.wrong} not
          correct
          {counts.unanswered > 0 ? `, ${counts.unanswered} not answered` : ""}.
        </p>
        {attempt.late ? <p className="notice">Submitted after the due time.</p> : null}
        {missed.length > 0 ? (
          <RetryMissedForm attemptId={attempt.id} count={missed.length} />
        ) : (
          <p className="success">Every answer was right.</p>
        )}
        <p>
          <Link href="/practice">Practise more questions</Link> ·{" "}
          <Link href="/home">Back to your home page</Link>
        </p>
      </section>

      <h2>Question by question</h2>
      <ol className={styles.reviewList}>
        {reviews.map(({ question, presented, feedback }, position) => (
          <li key={question.id}>
            <article className={`card ${styles.reviewItem}`} aria-labelledby={`review-${position}`}>
              <h3 id={`review-${position}`}>Question {position + 1}</h3>
              <p className={styles.reviewPrompt}>{presented.prompt}</p>
              {question.type === "cloze" ? (
                <p className={styles.reviewCloze}>
                  {clozeSegments(question.text).map((segment, index) =>
                    segment.kind === "text" ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: segments never reorder.
                      <span key={index}>{segment.text}</span>
                    ) : (
                      // biome-ignore lint/suspicious/noArrayIndexKey: segments never reorder.
                      <span key={index}>
                        {" "}
                        ____<sub>{segment.blank}</sub>{" "}
                      </span>
                    ),
                  )}
                </p>
              ) : null}
              <FeedbackPanel
                feedback={feedback}
                questionType={question.type}
                idPrefix={`review-${position}-feedback`}
                headingLevel={4}
                showYourAnswer
              />
            </article>
          </li>
        ))}
      </ol>
    </div>
  );
}

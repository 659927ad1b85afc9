import type { Question } from "@quizdeck/content/schema";
import { formatPoints } from "@/lib/quiz/feedback-text";
import { clozeSegments } from "@/lib/quiz/present-question";
import type { PresentedQuestion, QuestionFeedback } from "@/lib/quiz/types";
import { verdictLabel } from "@/lib/quiz/verdict";
import { FeedbackPanel } from "./feedback-panel";
import results from "./results.module.css";
import { ResultsSummary, reviewAnchor, verdictMark } from "./results-summary";

export interface Review {
  question: Question;
  presented: PresentedQuestion;
  score: number;
  feedback: QuestionFeedback;
}

/**
 * The results page's question-by-question feedback, once the answers are
 * released: the marks at a glance, then one panel a question. Panels of
 * questions answered right start folded; "Show only the ones I missed" hides
 * them altogether.
 */
export function QuestionReviews({ reviews }: { reviews: Review[] }) {
  const right = reviews.filter((review) => review.feedback.correct).length;
  return (
    <>
      <ResultsSummary feedback={reviews.map((review) => review.feedback)} />
      <section aria-labelledby="reviews-heading" className={`stack ${results.reviews}`}>
        <h2 id="reviews-heading">Question by question</h2>
        {right > 0 && right < reviews.length ? (
          <label className={results.filter}>
            <input type="checkbox" /> Show only the ones I missed
          </label>
        ) : null}
        <ol className={results.reviewList}>
          {reviews.map((review, position) => (
            <li
              key={review.question.id}
              id={reviewAnchor(position)}
              className={review.feedback.correct ? results.right : undefined}
            >
              <ReviewPanel review={review} position={position} />
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

function ReviewPanel({ review, position }: { review: Review; position: number }) {
  const { question, presented, feedback } = review;
  const { mark, tone } = verdictMark(feedback);
  return (
    <article className={`card ${results.reviewItem}`} aria-labelledby={`review-${position}`}>
      <details className={results.review} open={!feedback.correct}>
        <summary>
          <h3 id={`review-${position}`}>Question {position + 1}</h3>
          <span className={results.verdict}>
            <span className={`${results.mark} ${tone}`} aria-hidden="true">
              {mark}
            </span>
            {verdictLabel(feedback)} · {formatPoints(feedback.score)} of 1 point
          </span>
        </summary>
        <p className={results.reviewPrompt}>{presented.prompt}</p>
        {question.type === "cloze" ? (
          <p className={results.reviewCloze}>
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
      </details>
    </article>
  );
}

import type { Question } from "@quizdeck/content/schema";
import { clozeSegments } from "@/lib/quiz/present-question";
import type { PresentedQuestion, QuestionFeedback } from "@/lib/quiz/types";
import { FeedbackPanel } from "./feedback-panel";
import styles from "./quiz.module.css";

export interface Review {
  question: Question;
  presented: PresentedQuestion;
  score: number;
  feedback: QuestionFeedback;
}

/** The results page's question-by-question feedback, once the answers are released. */
export function QuestionReviews({ reviews }: { reviews: Review[] }) {
  return (
    <>
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
    </>
  );
}

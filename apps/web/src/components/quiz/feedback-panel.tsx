import type { Ref } from "react";
import { paragraphNumber } from "@/components/article/deep-link";
import { describePart, percent } from "@/lib/quiz/feedback-text";
import type { QuestionFeedback, QuestionType } from "@/lib/quiz/types";
import { verdictLabel } from "@/lib/quiz/verdict";
import { AnswerView } from "./answer-view";
import styles from "./quiz.module.css";

interface FeedbackPanelProps {
  feedback: QuestionFeedback;
  questionType: QuestionType;
  /** Unique per page: the heading's id and the section's label. */
  idPrefix: string;
  /** The verdict's heading level; its subheadings are one below. */
  headingLevel?: 2 | 3 | 4;
  headingRef?: Ref<HTMLHeadingElement>;
  /** The results page repeats the student's answer; the player shows it in the inputs. */
  showYourAnswer?: boolean;
}

/**
 * Right or wrong, the marks per part, the correct answer, why, and the evidence
 * with links into the article. Server- and client-renderable (no hooks).
 */
export function FeedbackPanel({
  feedback,
  questionType,
  idPrefix,
  headingLevel = 3,
  headingRef,
  showYourAnswer = false,
}: FeedbackPanelProps) {
  const Heading = (["h2", "h3", "h4"] as const)[headingLevel - 2] ?? "h3";
  const Sub = (["h3", "h4", "h5"] as const)[headingLevel - 2] ?? "h4";
  const verdict = verdictLabel(feedback);
  const tone = feedback.correct ? styles.good : feedback.score > 0 ? styles.partial : styles.bad;
  const lines = feedback.parts
    .map((part) => describePart(part, questionType))
    .filter((line) => line !== null);
  return (
    <section className={`${styles.feedback} ${tone}`} aria-labelledby={`${idPrefix}-verdict`}>
      <Heading id={`${idPrefix}-verdict`} ref={headingRef} tabIndex={-1} className={styles.verdict}>
        <span aria-hidden="true">
          {!feedback.answered ? "○ " : feedback.correct ? "✓ " : feedback.score > 0 ? "◐ " : "✗ "}
        </span>
        {verdict}
      </Heading>
      <p className={styles.scoreLine}>Score: {percent(feedback.score)}</p>
      {showYourAnswer ? (
        <>
          <Sub className={styles.subheading}>Your answer</Sub>
          {feedback.yourAnswer ? (
            <AnswerView answer={feedback.yourAnswer} />
          ) : (
            <p className={styles.answerValue}>No answer given.</p>
          )}
        </>
      ) : null}
      {lines.length > 0 ? (
        <>
          <Sub className={styles.subheading}>Marks</Sub>
          <ul className={styles.marks}>
            {lines.map((line) => (
              <li key={`${line.label}|${line.detail}`} className={styles[line.tone]}>
                <span className={styles.markIcon} aria-hidden="true">
                  {line.tone === "good" ? "✓" : line.tone === "bad" ? "✗" : "–"}
                </span>
                <span>
                  {line.label} — {line.detail}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Sub className={styles.subheading}>Correct answer</Sub>
      <AnswerView answer={feedback.correctAnswer} />
      <Sub className={styles.subheading}>Why</Sub>
      <p className={styles.explanation}>{feedback.explanation}</p>
      {feedback.evidence.length > 0 ? (
        <>
          <Sub className={styles.subheading}>
            {feedback.evidence[0]?.sourceTitle
              ? `From “${feedback.evidence[0].sourceTitle}”`
              : "From the article"}
          </Sub>
          <ul className={styles.evidenceList}>
            {feedback.evidence.map((evidence) => (
              <li key={`${evidence.paragraphId}|${evidence.quote}`}>
                <blockquote className={styles.quote}>
                  <p>{evidence.quote}</p>
                </blockquote>
                <a href={evidence.href}>
                  {evidence.sourceTitle ? "See in the source" : "See in the article"}
                  <span className="visually-hidden">
                    {" "}
                    (paragraph {paragraphNumber(evidence.paragraphId)})
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

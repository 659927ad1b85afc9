import type { DisplayAnswer } from "@/lib/quiz/types";
import styles from "./quiz.module.css";

/**
 * An answer (the student's or the correct one) as a short readable block;
 * options are named by the number they were shown with, and their text.
 */
export function AnswerView({ answer }: { answer: DisplayAnswer }) {
  switch (answer.kind) {
    case "choices":
      if (answer.choices.length === 0)
        return <p className={styles.answerValue}>No option chosen.</p>;
      return (
        <ul className={styles.answerList}>
          {answer.choices.map((choice) => (
            <li key={choice.id}>
              <span className={styles.choiceNumber}>Option {choice.number}:</span> {choice.text}
            </li>
          ))}
        </ul>
      );
    case "boolean":
      return <p className={styles.answerValue}>{answer.value ? "True" : "False"}</p>;
    case "blanks":
      return (
        <ul className={styles.answerList}>
          {answer.blanks.map((blank) => (
            <li key={blank.blank}>
              Blank {blank.blank}: {blank.text.trim() === "" ? "(left empty)" : `“${blank.text}”`}
              {blank.alsoAccepted.length > 0 ? (
                <span className="muted">
                  {" "}
                  (also accepted: {blank.alsoAccepted.map((text) => `“${text}”`).join(", ")})
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      );
    case "pairs":
      return (
        <ul className={styles.answerList}>
          {answer.pairs.map((pair) => (
            <li key={pair.left}>
              {pair.left} → {pair.right || "(no match)"}
            </li>
          ))}
        </ul>
      );
    case "order":
      return (
        <ol className={styles.answerList}>
          {answer.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ol>
      );
  }
}

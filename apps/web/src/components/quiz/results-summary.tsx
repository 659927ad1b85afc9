import { formatPoints } from "@/lib/quiz/feedback-text";
import type { QuestionFeedback } from "@/lib/quiz/types";
import { verdictLabel } from "@/lib/quiz/verdict";
import styles from "./results.module.css";

/** "✓" right, "◐" partly, "✗" wrong, "○" not answered: the mark beside a verdict. */
export function verdictMark(feedback: QuestionFeedback): { mark: string; tone: string } {
  if (!feedback.answered) return { mark: "○", tone: "" };
  if (feedback.correct) return { mark: "✓", tone: styles.good ?? "" };
  return feedback.score > 0
    ? { mark: "◐", tone: styles.partial ?? "" }
    : { mark: "✗", tone: styles.bad ?? "" };
}

/** Where each question's panel is on the results page. */
export const reviewAnchor = (position: number) => `question-${position + 1}`;

/**
 * The marks at a glance: one row a question (its number, right, partly or
 * wrong, its points), each linking to its panel below. Part of the key: shown
 * only once the answers are released.
 */
export function ResultsSummary({ feedback }: { feedback: readonly QuestionFeedback[] }) {
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading">At a glance</h2>
      <div className="table-scroll">
        <table className={styles.summary}>
          <caption className="visually-hidden">Your mark on each question</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Result</th>
              <th scope="col">Points</th>
            </tr>
          </thead>
          <tbody>
            {feedback.map((entry, position) => {
              const { mark, tone } = verdictMark(entry);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: the attempt's order never changes.
                <tr key={position}>
                  <th scope="row">
                    <a href={`#${reviewAnchor(position)}`}>Question {position + 1}</a>
                  </th>
                  <td>
                    <span className={`${styles.mark} ${tone}`} aria-hidden="true">
                      {mark}
                    </span>
                    {verdictLabel(entry)}
                  </td>
                  <td>{formatPoints(entry.score)} of 1</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

import styles from "./results.module.css";

/**
 * The results page's questions whose answers are not released: which were
 * answered, and when the rest comes. No marks, no key, no explanation.
 */
export function WithheldAnswers({
  heading,
  notice,
  questions,
}: {
  heading: string;
  notice: string;
  questions: { prompt: string; answered: boolean }[];
}) {
  return (
    <section aria-labelledby="withheld-heading" className="stack">
      <h2 id="withheld-heading">{heading}</h2>
      <p className="notice">{notice}</p>
      <ol className={styles.reviewList}>
        {questions.map((question, position) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the attempt's order never changes.
          <li key={position} className="card">
            <p className={styles.reviewPrompt}>{question.prompt}</p>
            <p className="muted">{question.answered ? "Answered" : "Not answered"}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

import {
  ACCURACY_BAND_LABELS,
  ACCURACY_BAND_RANGES,
  ACCURACY_BANDS,
} from "@quizdeck/core/accuracy";
import Link from "next/link";
import styles from "./article.module.css";

/** Explains the margin: what the counts mean and, signed in, each colour in words. */
export function HeatLegend({
  personal,
  audience = "you",
}: {
  personal: boolean;
  /** Whose accuracy the margin shows: the reader's own, or a teacher's class. */
  audience?: "you" | "class";
}) {
  return (
    <section aria-labelledby="margin-key-heading" className="card">
      <h2 id="margin-key-heading">Reading the margin</h2>
      <p style={{ marginTop: 0 }}>
        Beside each paragraph: how many questions and flashcards quote it
        {personal
          ? `, and how ${audience === "class" ? "the class scores" : "you score"} on the questions drawn from it:`
          : "."}
      </p>
      {personal ? (
        <ul className={styles.legend} aria-label="Colour key">
          {ACCURACY_BANDS.map((band) => (
            <li key={band}>
              <span className={`${styles.swatch} ${styles[band]}`} aria-hidden="true" />
              <span>
                <strong>{ACCURACY_BAND_LABELS[band]}</strong> — {ACCURACY_BAND_RANGES[band]}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p style={{ marginBottom: 0 }}>
          <Link href="/sign-in?returnTo=%2Farticle">Sign in</Link> to see your own accuracy on each
          paragraph.
        </p>
      )}
    </section>
  );
}

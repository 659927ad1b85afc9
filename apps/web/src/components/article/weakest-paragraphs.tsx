import { ACCURACY_BAND_LABELS, accuracyBand, type WeakParagraph } from "@quizdeck/core/accuracy";
import Link from "next/link";
import styles from "./article.module.css";
import { paragraphNumber } from "./deep-link";

const EXCERPT_LENGTH = 90;

function excerpt(text: string): string {
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 40 ? cut.lastIndexOf(" ") : EXCERPT_LENGTH)}…`;
}

/** The reader's lowest-scoring paragraphs, each a link to it in the text. */
export function WeakestParagraphs({
  weakest,
  answeredAny,
  textOf,
  audience = "you",
}: {
  weakest: readonly WeakParagraph[];
  answeredAny: boolean;
  textOf: (paragraphId: string) => string;
  audience?: "you" | "class";
}) {
  return (
    <section aria-labelledby="weakest-heading" className="card">
      <h2 id="weakest-heading">
        {audience === "class" ? "The class's weakest paragraphs" : "Your weakest paragraphs"}
      </h2>
      {!answeredAny ? (
        <p style={{ margin: 0 }}>
          No answers yet — <Link href="/practice">take a practice quiz</Link>.
        </p>
      ) : weakest.length === 0 ? (
        <p style={{ margin: 0 }}>
          Nothing weak: {audience === "class" ? "the class scores" : "you score"} 80% or more on
          every paragraph with answers.
        </p>
      ) : (
        <ol className={styles.weakest}>
          {weakest.map((entry) => (
            <li key={entry.paragraphId}>
              <a href={`#${entry.paragraphId}`}>Paragraph {paragraphNumber(entry.paragraphId)}</a> —{" "}
              {Math.round(entry.meanScore * 100)}%,{" "}
              {ACCURACY_BAND_LABELS[accuracyBand(entry.meanScore)]} (
              {entry.answered === 1 ? "1 answer" : `${entry.answered} answers`})
              <span className={styles.excerpt}>{excerpt(textOf(entry.paragraphId))}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

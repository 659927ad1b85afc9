import {
  ACCURACY_BAND_LABELS,
  accuracyBand,
  type ParagraphAccuracy,
  type ParagraphCoverage,
} from "@quizdeck/core/accuracy";
import styles from "./article.module.css";
import { type DeepLinkTarget, paragraphNumber } from "./deep-link";

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

/**
 * One paragraph of the article: an anchor target with its number, the text
 * (the deep-linked quote in <mark>), and beside it (under it on narrow screens)
 * the margin note: how many items draw on it and, signed in, the reader's own
 * accuracy, in words as well as colour.
 */
export function ArticleParagraph({
  paragraph,
  coverage,
  accuracy,
  personal,
  target,
}: {
  paragraph: { id: string; text: string };
  coverage: ParagraphCoverage | undefined;
  /** The reader's accuracy here; undefined when they have not answered on it. */
  accuracy: ParagraphAccuracy | undefined;
  /** Signed in: show the reader's own accuracy. */
  personal: boolean;
  target: DeepLinkTarget | null;
}) {
  const number = paragraphNumber(paragraph.id);
  const isTarget = target?.paragraphId === paragraph.id;
  const band = accuracyBand(accuracy?.meanScore ?? null);
  return (
    <div className={`${styles.row} ${isTarget ? styles.target : ""}`}>
      <p id={paragraph.id} tabIndex={-1} className={styles.text}>
        <span className={styles.number}>
          <span className="visually-hidden">Paragraph </span>
          {number}
        </span>
        <ParagraphText text={paragraph.text} mark={isTarget ? (target?.mark ?? null) : null} />
      </p>
      <div className={`${styles.margin} ${personal ? styles[band] : styles.counts}`}>
        <p>
          <span className="visually-hidden">Paragraph {number}: </span>
          {coverage && coverage.questions + coverage.flashcards > 0
            ? `${plural(coverage.questions, "question")}, ${plural(coverage.flashcards, "card")}`
            : "No questions or cards"}
        </p>
        {personal ? (
          <p className={styles.accuracy}>
            {accuracy && accuracy.meanScore !== null
              ? `${Math.round(accuracy.meanScore * 100)}% · ${ACCURACY_BAND_LABELS[band]} · ${plural(accuracy.answered, "answer")}`
              : ACCURACY_BAND_LABELS.none}
          </p>
        ) : null}
      </div>
    </div>
  );
}

function ParagraphText({ text, mark }: { text: string; mark: DeepLinkTarget["mark"] }) {
  if (!mark) return <>{text}</>;
  return (
    <>
      {text.slice(0, mark.start)}
      <mark>{text.slice(mark.start, mark.end)}</mark>
      {text.slice(mark.end)}
    </>
  );
}

export function AuthorNote({ paragraph }: { paragraph: { id: string; text: string } }) {
  return (
    <p id={paragraph.id} tabIndex={-1} className={`${styles.text} ${styles.authorNote}`}>
      <span className={styles.number}>
        <span className="visually-hidden">Paragraph </span>
        {paragraphNumber(paragraph.id)}
      </span>
      {paragraph.text}
    </p>
  );
}

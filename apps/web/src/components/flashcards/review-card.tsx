import { RATING_LABELS, type ReviewRating } from "@quizdeck/core/scheduling";
import Link from "next/link";
import type { RefObject } from "react";
import type { CurrentCard, SessionSummary } from "@/lib/flashcards/session";
import { type CardState, RATINGS } from "@/lib/flashcards/types";
import { plural } from "@/lib/flashcards/wording";
import { evidenceHref } from "@/lib/quiz/evidence-link";
import styles from "./flashcards.module.css";
import { Key } from "./key-hint";

const STATE_BADGES: Record<CardState, string> = {
  new: "New card",
  learning: "Learning",
  review: "Review",
  relearning: "Relearning",
};

const RATING_CLASSES: Record<ReviewRating, string | undefined> = {
  1: styles.again,
  2: styles.hard,
  3: styles.good,
  4: styles.easy,
};

interface ReviewCardProps {
  current: CurrentCard;
  summary: SessionSummary;
  cardRef: RefObject<HTMLElement | null>;
  answerRef: RefObject<HTMLElement | null>;
  onReveal: () => void;
  onRate: (rating: ReviewRating) => void;
}

/** The card on screen: its front, "Show answer", then the back with its evidence and the ratings. */
export function ReviewCard({
  current,
  summary,
  cardRef,
  answerRef,
  onReveal,
  onRate,
}: ReviewCardProps) {
  const { card } = current;
  return (
    <section aria-labelledby="review-heading" className={styles.session}>
      <div className={styles.progress}>
        <h2 id="review-heading" className="visually-hidden">
          Review
        </h2>
        <span>{plural(summary.ratings, "card")} done</span>
        <span>{summary.remaining} to go</span>
      </div>
      <article
        key={`${card.id}@${current.shownAt}`}
        ref={cardRef}
        className={styles.card}
        tabIndex={-1}
        aria-labelledby="flashcard-front"
      >
        <p className={styles.badge}>{STATE_BADGES[card.state]}</p>
        <h3 id="flashcard-front" className={styles.front}>
          {card.front}
        </h3>
        {current.revealed ? (
          <section
            ref={answerRef}
            className={styles.answer}
            tabIndex={-1}
            aria-labelledby="flashcard-answer-label"
          >
            <h4 id="flashcard-answer-label" className={styles.answerLabel}>
              Answer
            </h4>
            <p className={styles.back}>{card.back}</p>
            {card.evidence.map((evidence, index) => (
              <figure key={`${evidence.paragraphId}:${evidence.quote}`} className={styles.evidence}>
                <blockquote>{evidence.quote}</blockquote>
                <figcaption>
                  <Link href={evidenceHref(evidence, card.source?.id)}>
                    {card.source ? "See in the source" : "See in the article"}
                    {card.evidence.length > 1 ? (
                      <span className="visually-hidden"> (quote {index + 1})</span>
                    ) : null}
                  </Link>
                </figcaption>
              </figure>
            ))}
          </section>
        ) : null}
      </article>

      <div className={styles.actions}>
        {current.revealed ? (
          <fieldset className={styles.ratings}>
            <legend className="visually-hidden">How well did you remember?</legend>
            {RATINGS.map((rating) => (
              <button
                key={rating}
                type="button"
                className={`${styles.rate} ${RATING_CLASSES[rating] ?? ""}`}
                onClick={() => onRate(rating)}
                aria-keyshortcuts={String(rating)}
              >
                <span>{RATING_LABELS[rating]}</span>{" "}
                <span className={styles.rateInterval}>{card.intervals[rating]}</span>
                <Key>{rating}</Key>
              </button>
            ))}
          </fieldset>
        ) : (
          <button
            type="button"
            className={styles.reveal}
            onClick={onReveal}
            aria-keyshortcuts="Space"
          >
            Show answer <Key>Space</Key>
          </button>
        )}
      </div>
    </section>
  );
}

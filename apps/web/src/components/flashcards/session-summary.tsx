import { RATING_LABELS } from "@quizdeck/core/scheduling";
import Link from "next/link";
import type { RefObject } from "react";
import { dueNext } from "@/lib/flashcards/due-next";
import { type SessionState, summarize } from "@/lib/flashcards/session";
import { RATINGS } from "@/lib/flashcards/types";
import { formatDuration, formatWhen, plural } from "@/lib/flashcards/wording";
import { formatRelative } from "@/lib/format";
import styles from "./flashcards.module.css";
import type { DueCheck } from "./use-due-check";

/** The end of a session: what was done, and what is due next (from the server). */
export function SessionSummary({
  headingRef,
  session,
  after,
  timeZone,
  onReviewMore,
  onContinueLearning,
  onRetryCheck,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  session: SessionState;
  after: DueCheck;
  timeZone: string;
  onReviewMore: () => void;
  onContinueLearning: () => void;
  onRetryCheck: () => void;
}) {
  const summary = summarize(session);
  const now = Date.now();
  const loaded = after.state === "loaded" ? after.payload : null;
  const next = dueNext({
    dueNowCount: loaded?.cards.length ?? 0,
    nextDueAt: loaded?.summary.nextDueAt ? Date.parse(loaded.summary.nextDueAt) : null,
    learningAt: summary.nextLearningAt,
    newCardsAt: loaded?.summary.newCardsAt ? Date.parse(loaded.summary.newCardsAt) : null,
  });
  return (
    <section aria-labelledby="session-summary-heading" className="card">
      <h2
        id="session-summary-heading"
        ref={headingRef}
        tabIndex={-1}
        className={styles.focusTarget}
        style={{ marginTop: 0 }}
      >
        Session complete
      </h2>
      <dl className={styles.stats}>
        <div>
          <dt>Cards reviewed</dt>
          <dd>{summary.cardsReviewed}</dd>
        </div>
        {RATINGS.map((rating) => (
          <div key={rating}>
            <dt>{RATING_LABELS[rating]}</dt>
            <dd>{summary.counts[rating]}</dd>
          </div>
        ))}
        <div>
          <dt>Time spent</dt>
          <dd>{formatDuration(summary.seconds)}</dd>
        </div>
      </dl>
      {summary.ratings !== summary.cardsReviewed ? (
        <p className="muted">
          {plural(summary.ratings, "rating")} in all: cards still being learned came back later in
          the session.
        </p>
      ) : null}

      <h3>Due next</h3>
      {after.state === "loading" || after.state === "idle" ? (
        <p className="muted">Checking what is due…</p>
      ) : null}
      {after.state === "error" ? (
        <p>
          Could not check what is due next.{" "}
          <button type="button" className="secondary" onClick={onRetryCheck}>
            Check again
          </button>
        </p>
      ) : null}
      {after.state === "loaded" ? (
        next.kind === "now" ? (
          <p>{plural(next.count, "more card")} due now.</p>
        ) : next.kind === "later" ? (
          <p>
            {next.what === "card" ? "Next card due " : "New cards available again "}
            <time dateTime={new Date(next.at).toISOString()}>
              {formatRelative(new Date(next.at), new Date(now))}
            </time>{" "}
            <span className="muted">({formatWhen(new Date(next.at), timeZone)})</span>.
          </p>
        ) : (
          <p>Nothing else is scheduled in this selection.</p>
        )
      ) : null}
      <p className={styles.buttons}>
        {next.kind === "now" ? (
          <button type="button" onClick={onReviewMore}>
            Review {plural(next.count, "more card")}
          </button>
        ) : null}
        {summary.learningLeft > 0 && next.kind !== "now" ? (
          <button type="button" className="secondary" onClick={onContinueLearning}>
            Continue learning ({summary.learningLeft})
          </button>
        ) : null}
        <Link className={next.kind === "now" ? "button secondary" : "button"} href="/practice">
          Practice questions
        </Link>
      </p>
    </section>
  );
}

import Link from "next/link";
import { dueNext } from "@/lib/flashcards/due-next";
import type { QueueSummary } from "@/lib/flashcards/types";
import { formatWhen, plural } from "@/lib/flashcards/wording";
import { formatRelative } from "@/lib/format";
import styles from "./flashcards.module.css";

/** The empty state: nothing to review now, when that changes, and something else to do. */
export function NothingDue({ summary, timeZone }: { summary: QueueSummary; timeZone: string }) {
  const now = new Date(summary.serverNow);
  const next = dueNext({
    dueNowCount: 0,
    nextDueAt: summary.nextDueAt ? Date.parse(summary.nextDueAt) : null,
    learningAt: null,
    newCardsAt: summary.newCardsAt ? Date.parse(summary.newCardsAt) : null,
  });
  return (
    <section className="card stack" aria-labelledby="nothing-due-heading">
      <h2 id="nothing-due-heading" style={{ marginTop: 0 }}>
        Nothing due right now
      </h2>
      {next.kind === "later" ? (
        <p>
          {next.what === "card" ? "Next card due " : "New cards available again "}
          <time dateTime={new Date(next.at).toISOString()}>
            {formatRelative(new Date(next.at), now)}
          </time>{" "}
          <span className="muted">({formatWhen(new Date(next.at), timeZone)})</span>.
        </p>
      ) : (
        <p>No card is scheduled yet in this selection.</p>
      )}
      {summary.newCardsAt ? (
        <p className="muted">
          You have met today’s limit of {plural(summary.newCardsPerDay, "new card")};{" "}
          {plural(summary.newCardsWaiting, "new card")} wait for the next days.
        </p>
      ) : summary.newCardsWaiting === 0 ? (
        <p className="muted">You have started every card in this selection.</p>
      ) : null}
      <p className={styles.buttons}>
        <Link className="button" href="/practice">
          Practice questions
        </Link>
        <Link className="button secondary" href="/article">
          Read the article
        </Link>
      </p>
    </section>
  );
}

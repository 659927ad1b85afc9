import type { QuestionSet } from "@quizdeck/content/schema";
import type { QueueSummary } from "@/lib/flashcards/types";
import { plural } from "@/lib/flashcards/wording";
import styles from "./flashcards.module.css";

/** Today's queue at a glance, and the choice of which cards to review (a GET form: works without script). */
export function QueueOverview({
  summary,
  sets,
  currentSetId,
  totalCards,
}: {
  summary: QueueSummary | null;
  sets: QuestionSet[];
  currentSetId: string | null;
  totalCards: number;
}) {
  return (
    <div className={styles.overview}>
      {summary ? (
        <section aria-labelledby="queue-heading">
          <h2 id="queue-heading" className="visually-hidden">
            Today’s queue
          </h2>
          <dl className={styles.queueStats}>
            <div>
              <dt>Due now</dt>
              <dd>{plural(summary.dueCount, "card")}</dd>
            </div>
            <div>
              <dt>New today</dt>
              <dd>{plural(summary.newCount, "new card")}</dd>
            </div>
            <div>
              <dt>Daily new-card limit</dt>
              <dd>
                {summary.newCardsPerDay}{" "}
                <span className="muted">({summary.newIntroducedToday} introduced today)</span>
              </dd>
            </div>
          </dl>
        </section>
      ) : null}
      <form className={styles.scope} method="get" action="/flashcards" aria-label="Choose cards">
        <div className={styles.scopeField}>
          <label htmlFor="flashcard-scope">Cards to review</label>
          <select id="flashcard-scope" name="set" defaultValue={currentSetId ?? ""}>
            <option value="">All cards ({totalCards})</option>
            {sets.map((set) => (
              <option key={set.id} value={set.id}>
                {set.title} ({set.flashcardIds.length})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="secondary">
          Show these cards
        </button>
      </form>
    </div>
  );
}

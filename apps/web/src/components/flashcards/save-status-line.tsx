import type { ReviewSaveStatus } from "@/lib/flashcards/save-status";
import styles from "./flashcards.module.css";

/** Whether the ratings reached the server; Retry now and a sign-in link when they are stuck. */
export function SaveStatusLine({
  status,
  onRetry,
}: {
  status: ReviewSaveStatus;
  onRetry: () => void;
}) {
  return (
    <div className={styles.statusRow}>
      <p
        className={`${styles.status} ${status.stuck ? styles.warn : ""}`}
        role="status"
        aria-live="polite"
        data-save-state={status.state}
      >
        {status.text}
      </p>
      {status.stuck ? (
        <button type="button" className="secondary" onClick={onRetry}>
          Retry now
        </button>
      ) : null}
      {status.state === "paused" ? (
        <a href="/sign-in?returnTo=%2Fflashcards" target="_blank" rel="noopener">
          Sign in (opens a new tab)
        </a>
      ) : null}
    </div>
  );
}

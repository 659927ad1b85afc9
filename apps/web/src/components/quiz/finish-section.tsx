import type { RefObject } from "react";
import styles from "./quiz.module.css";

interface FinishSectionProps {
  buttonRef: RefObject<HTMLButtonElement | null>;
  submitting: boolean;
  /** Submitting cannot start now (busy, answers unsaved, the browser's copy not read yet). */
  unavailable: boolean;
  /** Why, or what happened: announced at once. */
  note: string;
  immediate: boolean;
  onSubmit: () => void;
}

/** The bar at the bottom of the window: Submit quiz, and what submitting waits for. */
export function FinishSection(props: FinishSectionProps) {
  return (
    <section className={styles.finish} aria-labelledby="finish-heading">
      <h2 id="finish-heading" className="visually-hidden">
        Finish
      </h2>
      <button
        ref={props.buttonRef}
        type="button"
        aria-disabled={props.unavailable ? true : undefined}
        aria-describedby="submit-note"
        onClick={props.onSubmit}
      >
        {props.submitting ? "Submitting…" : "Submit quiz"}
      </button>
      <p id="submit-note" className={styles.submitNote} role="alert">
        {props.note}
      </p>
      <p className="muted">
        {props.immediate
          ? "Each answer is final once checked."
          : "You can change your answers until you submit. Results are shown after you submit."}
      </p>
    </section>
  );
}

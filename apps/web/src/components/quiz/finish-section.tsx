import { useRef } from "react";
import styles from "./quiz.module.css";
import { SubmitDialog } from "./submit-dialog";
import type { SubmitFlow } from "./use-submit-flow";

interface FinishSectionProps {
  submit: SubmitFlow;
  /** Submitting cannot start yet (answers unsaved, the browser's copy not read). */
  notReady: boolean;
  /** What submitting waits for, when nothing else is to be said. */
  waitNote: string;
  /** 1-based numbers of the questions without an answer. */
  unanswered: number[];
  total: number;
  immediate: boolean;
  /** From the dialog: show question `questionNumber` (1-based). */
  onGoTo: (questionNumber: number) => void;
  focusQuestion: () => void;
}

/**
 * The bar at the bottom of the window: Submit quiz, what submitting waits
 * for, and the dialog when questions are unanswered (focus returns to the
 * button, or to the question chosen there).
 */
export function FinishSection({
  submit,
  notReady,
  waitNote,
  unanswered,
  total,
  immediate,
  onGoTo,
  focusQuestion,
}: FinishSectionProps) {
  const button = useRef<HTMLButtonElement>(null);
  const toQuestion = useRef(false);
  const close = (thenToQuestion: boolean) => {
    toQuestion.current = thenToQuestion;
    submit.closeDialog();
  };
  return (
    <>
      <section className={styles.finish} aria-labelledby="finish-heading">
        <h2 id="finish-heading" className="visually-hidden">
          Finish
        </h2>
        <button
          ref={button}
          type="button"
          aria-disabled={submit.busy || notReady ? true : undefined}
          aria-describedby="submit-note"
          onClick={() => void submit.requestSubmit()}
        >
          {submit.phase === "submitting" ? "Submitting…" : "Submit quiz"}
        </button>
        <p id="submit-note" className={styles.submitNote} role="alert">
          {submit.message || waitNote}
        </p>
        <p className="muted">
          {immediate
            ? "Each answer is final once checked."
            : "You can change your answers until you submit. Results are shown after you submit."}
        </p>
      </section>
      <SubmitDialog
        open={submit.dialogOpen}
        unanswered={unanswered}
        total={total}
        onCancel={() => close(false)}
        onConfirm={() => {
          close(false);
          void submit.submitNow();
        }}
        onGoTo={(questionNumber) => {
          close(true);
          onGoTo(questionNumber);
        }}
        onClosed={() => (toQuestion.current ? focusQuestion() : button.current?.focus())}
      />
    </>
  );
}

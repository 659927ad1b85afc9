"use client";

import { useEffect, useRef } from "react";
import styles from "./quiz.module.css";

interface SubmitDialogProps {
  open: boolean;
  /** 1-based numbers of the questions without an answer. */
  unanswered: number[];
  total: number;
  onConfirm: () => void;
  onCancel: () => void;
  onGoTo: (questionNumber: number) => void;
  /** After the dialog has closed, however it closed: the parent places focus. */
  onClosed: () => void;
}

/**
 * "Submit with unanswered questions?": a modal <dialog> (focus kept inside,
 * Escape cancels), focused on the safe choice; the parent places focus after.
 */
export function SubmitDialog({
  open,
  unanswered,
  total,
  onConfirm,
  onCancel,
  onGoTo,
  onClosed,
}: SubmitDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const keepAnswering = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      keepAnswering.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  const count = unanswered.length;
  const first = unanswered[0];
  const list =
    unanswered.length <= 12 ? unanswered.join(", ") : `${unanswered.slice(0, 12).join(", ")}, …`;
  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby="submit-dialog-title"
      aria-describedby="submit-dialog-description"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      onClose={onClosed}
    >
      <h2 id="submit-dialog-title">Submit with unanswered questions?</h2>
      <p id="submit-dialog-description">
        {count === 1 ? "1 question has" : `${count} of ${total} questions have`} no answer (question
        {count === 1 ? "" : "s"} {list}). Unanswered questions score 0, and you cannot change your
        answers after submitting.
      </p>
      <div className={styles.dialogActions}>
        <button ref={keepAnswering} type="button" onClick={onCancel}>
          Keep answering
        </button>
        {first !== undefined ? (
          <button type="button" className="secondary" onClick={() => onGoTo(first)}>
            Go to question {first}
          </button>
        ) : null}
        <button type="button" className="secondary" onClick={onConfirm}>
          Submit anyway
        </button>
      </div>
    </dialog>
  );
}

import type { ReactNode } from "react";
import type { PresentedQuestion } from "@/lib/quiz/types";
import styles from "./quiz.module.css";

/** The keyboard help under a question's inputs (they point to it with aria-describedby). */
export function Shortcuts({
  id,
  question,
  immediate,
}: {
  id: string;
  question: PresentedQuestion;
  immediate: boolean;
}) {
  const action = immediate ? "check your answer" : "save your answer";
  const enter = (
    <>
      <kbd>Enter</kbd> to {action}
    </>
  );
  let body: ReactNode;
  switch (question.type) {
    case "single-choice":
    case "multiple-choice": {
      const last = Math.min(9, question.choices.length);
      body = (
        <>
          Press <kbd>1</kbd>–<kbd>{last}</kbd> to{" "}
          {question.type === "single-choice" ? "choose an option" : "tick or untick an option"},{" "}
          {enter}.
        </>
      );
      break;
    }
    case "true-false":
      body = (
        <>
          Press <kbd>1</kbd> for True, <kbd>2</kbd> for False, {enter}.
        </>
      );
      break;
    case "cloze":
      body = <>Type in each blank, then press {enter}.</>;
      break;
    case "matching":
      body = <>Choose a match for each item from its list, then press {enter}.</>;
      break;
    case "ordering":
      body = (
        <>
          Use Move up and Move down, or focus an item and press <kbd>Alt</kbd>+<kbd>↑</kbd> or{" "}
          <kbd>Alt</kbd>+<kbd>↓</kbd>. Press {enter}.
        </>
      );
      break;
  }
  return (
    <p id={id} className={styles.shortcuts}>
      <span className="visually-hidden">Keyboard: </span>
      {body}
    </p>
  );
}

import type { ReactNode } from "react";
import styles from "./flashcards.module.css";

/** A shortcut shown on a button, left out of the button's accessible name (aria-keyshortcuts has it). */
export function Key({ children }: { children: ReactNode }) {
  return (
    <span aria-hidden="true" className={styles.key}>
      <kbd>{children}</kbd>
    </span>
  );
}

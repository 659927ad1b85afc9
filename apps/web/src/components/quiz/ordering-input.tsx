"use client";

import { type KeyboardEvent, useLayoutEffect, useRef, useState } from "react";
import { moveItem } from "@/lib/quiz/draft";
import { partsBy } from "@/lib/quiz/parts-by";
import type { PresentedQuestionOf, QuestionFeedback } from "@/lib/quiz/types";
import styles from "./quiz.module.css";

type FocusTarget = "item" | "up" | "down";

interface OrderingInputProps {
  question: PresentedQuestionOf<"ordering">;
  order: string[];
  onChange: (order: string[]) => void;
  locked: boolean;
  feedback: QuestionFeedback | null;
  idPrefix: string;
  describedBy: string;
}

/**
 * A list to put in order without dragging: each item has Move up / Move down
 * buttons, and Alt+ArrowUp / Alt+ArrowDown move the focused item. Focus stays
 * with the moved item, and a live region says where it went.
 */
export function OrderingInput({
  question,
  order,
  onChange,
  locked,
  feedback,
  idPrefix,
  describedBy,
}: OrderingInputProps) {
  const [announcement, setAnnouncement] = useState("");
  const elements = useRef(new Map<string, HTMLElement>());
  const pendingFocus = useRef<{ item: string; target: FocusTarget } | null>(null);
  const promptId = `${idPrefix}-prompt`;
  const positions = partsBy(feedback?.parts, "position", (part) => part.position);

  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    elements.current.get(`${target.target}:${target.item}`)?.focus();
  });

  const say = (text: string) =>
    // A trailing no-break space toggles so that the same words are announced again.
    setAnnouncement((previous) => (previous === text ? `${text}\u00a0` : text));

  const move = (index: number, delta: -1 | 1, target: FocusTarget) => {
    const item = order[index];
    if (item === undefined || locked) return;
    const to = index + delta;
    if (to < 0 || to >= order.length) {
      say(`Already ${delta < 0 ? "first" : "last"}: ${item}`);
      return;
    }
    pendingFocus.current = { item, target };
    onChange(moveItem(order, index, delta));
    say(`Moved to position ${to + 1} of ${order.length}: ${item}`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>, index: number) => {
    if (!event.altKey || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
    event.preventDefault();
    const element = event.target as HTMLElement;
    const target: FocusTarget =
      element.dataset.move === "up" ? "up" : element.dataset.move === "down" ? "down" : "item";
    move(index, event.key === "ArrowUp" ? -1 : 1, target);
  };

  const register = (key: string) => (element: HTMLElement | null) => {
    if (element) elements.current.set(key, element);
    else elements.current.delete(key);
  };

  return (
    <div className={styles.fieldset}>
      <p className={styles.prompt} id={promptId}>
        {question.prompt}
      </p>
      <ol className={styles.orderList} aria-labelledby={promptId} aria-describedby={describedBy}>
        {order.map((item, index) => {
          const part = positions.get(index + 1);
          const tone = part ? (part.correct ? styles.markGood : styles.markBad) : "";
          return (
            <li
              key={item}
              ref={register(`item:${item}`)}
              className={`${styles.orderItem} ${tone}`}
              tabIndex={locked ? undefined : 0}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              <span className={styles.badge} aria-hidden="true">
                {part ? (part.correct ? "✓" : "✗") : index + 1}
              </span>
              <span className={styles.orderText}>
                <span className="visually-hidden">Position {index + 1}: </span>
                {item}
                {part ? (
                  <span className="visually-hidden">
                    {part.correct
                      ? " — correct position"
                      : ` — not here; position ${index + 1} is: ${part.expected}`}
                  </span>
                ) : null}
              </span>
              <span className={styles.moveButtons}>
                <button
                  type="button"
                  className="secondary"
                  data-move="up"
                  ref={register(`up:${item}`)}
                  disabled={locked}
                  aria-disabled={!locked && index === 0 ? true : undefined}
                  onClick={() => move(index, -1, "up")}
                >
                  <span aria-hidden="true">↑</span> Move up
                  <span className="visually-hidden">: {item}</span>
                </button>
                <button
                  type="button"
                  className="secondary"
                  data-move="down"
                  ref={register(`down:${item}`)}
                  disabled={locked}
                  aria-disabled={!locked && index === order.length - 1 ? true : undefined}
                  onClick={() => move(index, 1, "down")}
                >
                  <span aria-hidden="true">↓</span> Move down
                  <span className="visually-hidden">: {item}</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}

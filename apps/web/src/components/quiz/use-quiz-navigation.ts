import { useLayoutEffect, useRef, useState } from "react";
import type { PresentedQuestion, SavedAnswer } from "@/lib/quiz/types";

/**
 * Which question is shown: the first without an answer at first; after
 * Next, Previous or a jump, focus goes to the new question's heading.
 */
export function useQuizNavigation(
  questions: PresentedQuestion[],
  saved: Record<string, SavedAnswer>,
) {
  const [index, setIndex] = useState(() => {
    const firstOpen = questions.findIndex((question) => !saved[question.id]);
    return firstOpen === -1 ? 0 : firstOpen;
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeadingNext = useRef(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the question changes.
  useLayoutEffect(() => {
    if (focusHeadingNext.current) {
      focusHeadingNext.current = false;
      headingRef.current?.focus();
    }
  }, [index]);

  return {
    index,
    current: questions[index],
    headingRef,
    focusHeading: () => headingRef.current?.focus(),
    /** Shows question `next` (0-based); `beforeLeaving` runs first when it is another one. */
    goTo(next: number, beforeLeaving: () => void): void {
      if (next < 0 || next >= questions.length) return;
      // Choosing the question already shown still takes the reader to it.
      if (next === index) {
        headingRef.current?.focus();
        return;
      }
      beforeLeaving();
      setIndex(next);
      focusHeadingNext.current = true;
    },
  };
}

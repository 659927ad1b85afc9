import { useLayoutEffect, useRef, useState } from "react";
import type { PresentedQuestion, QuestionFeedback } from "@/lib/quiz/types";

/**
 * After "Check answer", focus goes to the feedback heading once there is
 * something to read: the feedback, or the notice that the answer is kept on
 * this device while the server cannot be reached.
 */
export function useFeedbackFocus(
  current: PresentedQuestion | undefined,
  feedback: QuestionFeedback | null,
  showWaiting: boolean,
) {
  // State, not a ref: focusing it waits for a feedback panel whose code is still loading.
  const [heading, setHeading] = useState<HTMLHeadingElement | null>(null);
  /** The question whose feedback should take focus when it shows. */
  const focusFor = useRef<string | null>(null);
  const lastFocused = useRef("");
  const key = current
    ? `${current.id}:${feedback ? "feedback" : showWaiting ? "waiting" : "none"}`
    : "";

  useLayoutEffect(() => {
    if (!current || focusFor.current !== current.id) return;
    if (!feedback && !showWaiting) return;
    // Not shown yet (the panel's code is loading): this runs again when it is.
    if (!heading?.isConnected) return;
    if (lastFocused.current === key) return;
    lastFocused.current = key;
    heading.focus();
    if (feedback) focusFor.current = null;
  }, [current, feedback, showWaiting, key, heading]);

  return {
    headingRef: setHeading,
    expectFeedbackFor(questionId: string) {
      focusFor.current = questionId;
    },
  };
}

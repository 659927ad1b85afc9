import { sameResponse } from "./draft";
import type { AnswerPlace } from "./question-marks";

export interface AnswerAction {
  /** The words on the Save / Check button. */
  label: string;
  /** Pressing it now does nothing (aria-disabled, so it stays focusable). */
  disabled: boolean;
  /** Exam mode: the inputs hold a finished answer that differs from the one given. */
  unsavedChange: boolean;
}

/** What the question's Save / Check button says and does, from where its answer is. */
export function answerAction(input: {
  immediate: boolean;
  locked: boolean;
  place: AnswerPlace;
  /** The answer given (saved or waiting), if any. */
  given: unknown;
  /** The finished answer in the inputs, or null while incomplete. */
  draftResponse: unknown;
}): AnswerAction {
  const { immediate, locked, place, given, draftResponse } = input;
  if (immediate) {
    return {
      label: place === "none" ? "Check answer" : "Answer checked",
      disabled: locked,
      unsavedChange: false,
    };
  }
  const unsavedChange =
    draftResponse !== null && (given === undefined || !sameResponse(given, draftResponse));
  const label =
    unsavedChange || given === undefined
      ? "Save answer"
      : place === "waiting"
        ? "Saved on this device"
        : "Answer saved";
  return { label, disabled: locked || (!unsavedChange && given !== undefined), unsavedChange };
}

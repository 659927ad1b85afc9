import type { QuestionFeedback } from "./types";
import { verdictLabel } from "./verdict";

/** Where one question's answer is, as the question list shows it. */
export type AnswerPlace =
  /** No answer given. */
  | "none"
  /** Given, kept on this device, not yet confirmed by the server. */
  | "waiting"
  /** The server has it. */
  | "saved";

export interface QuestionMark {
  /** The visible mark, a shape that differs for each state (never colour alone). */
  mark: string;
  /** What a screen reader hears after "Question N, ". */
  label: string;
  place: AnswerPlace;
}

/**
 * The question list's mark for one question: ✓ ◐ ✗ once feedback is shown
 * (immediate mode), ● saved, … waiting to be saved, ○ not answered.
 */
export function questionMark(place: AnswerPlace, feedback: QuestionFeedback | null): QuestionMark {
  if (feedback && place === "saved") {
    return {
      mark: feedback.correct ? "✓" : feedback.score > 0 ? "◐" : "✗",
      label: verdictLabel(feedback).toLowerCase(),
      place,
    };
  }
  switch (place) {
    case "waiting":
      return { mark: "…", label: "answered, waiting to be saved", place };
    case "saved":
      return { mark: "●", label: "answered, saved", place };
    case "none":
      return { mark: "○", label: "not answered", place };
  }
}

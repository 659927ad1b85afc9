import type { QuestionFeedback } from "./types";

/*
 * The few words about a checked answer that the quiz player shows before any
 * feedback panel: kept apart from feedback-text (the panel's and the results'
 * words), which loads with the panel, not with the player.
 */

/** "Correct", "Partly correct", "Not correct" or "Not answered": the feedback heading. */
export function verdictLabel(
  feedback: Pick<QuestionFeedback, "score" | "correct"> & { answered?: boolean },
): string {
  if (feedback.answered === false) return "Not answered";
  if (feedback.correct) return "Correct";
  return feedback.score > 0 ? "Partly correct" : "Not correct";
}

/** The mark on a choice in the player once it is checked: badge, words, style. */
export function choiceMark(
  verdict: string,
): { badge: "✓" | "✗"; text: string; tone: "good" | "bad" | "missed" } | null {
  switch (verdict) {
    case "correctly-chosen":
      return { badge: "✓", text: "your choice, correct", tone: "good" };
    case "wrongly-chosen":
      return { badge: "✗", text: "your choice, not correct", tone: "bad" };
    case "missed":
      return { badge: "✓", text: "correct answer, not chosen", tone: "missed" };
    default:
      return null;
  }
}

import type { FeedbackPart } from "./types";

export function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}

/** Points with at most two decimals: 7, 7.5, 7.33. */
export function formatPoints(points: number): string {
  return String(Math.round(points * 100) / 100);
}

export type PartTone = "good" | "bad" | "neutral";

/** One line of per-part feedback: what it is about, what happened, and its tone. */
export interface PartLine {
  label: string;
  detail: string;
  tone: PartTone;
}

/**
 * Words for one per-part mark. Single-choice options the student rightly left
 * alone are skipped (null): listing every wrong option adds nothing there.
 */
export function describePart(part: FeedbackPart, questionType: string): PartLine | null {
  switch (part.kind) {
    case "choice": {
      const label = optionLabel(part.number, part.text);
      switch (part.verdict) {
        case "correctly-chosen":
          return { label, detail: "Your choice — correct.", tone: "good" };
        case "wrongly-chosen":
          return { label, detail: "Your choice — not correct.", tone: "bad" };
        case "missed":
          return { label, detail: "Correct, but you did not choose it.", tone: "bad" };
        case "correctly-not-chosen":
          return questionType === "single-choice"
            ? null
            : { label, detail: "Not correct — rightly left out.", tone: "neutral" };
      }
      break;
    }
    case "statement":
      return {
        label: `You answered ${part.given ? "True" : "False"}`,
        detail: part.correct
          ? "Correct."
          : `Not correct: the statement is ${part.expected ? "true" : "false"}.`,
        tone: part.correct ? "good" : "bad",
      };
    case "blank": {
      const given = part.given.trim() === "" ? "(left empty)" : `“${part.given}”`;
      if (part.accepted) {
        const spelling =
          part.typoForgiven && part.matchedAnswer
            ? ` Accepted despite a typo; it is spelt “${part.matchedAnswer}”.`
            : "";
        return {
          label: `Blank ${part.blank}: ${given}`,
          detail: `Accepted.${spelling}`,
          tone: "good",
        };
      }
      return {
        label: `Blank ${part.blank}: ${given}`,
        detail: `Not accepted. Answer: “${part.expected}”.`,
        tone: "bad",
      };
    }
    case "pair":
      return {
        label: `${part.left} → ${part.givenRight || "(no match)"}`,
        detail: part.correct ? "Correct." : `Not correct. It goes with: ${part.expectedRight}.`,
        tone: part.correct ? "good" : "bad",
      };
    case "position":
      return {
        label: `Position ${part.position}: ${part.given}`,
        detail: part.correct
          ? "Correct."
          : `Not correct. Position ${part.position} is: ${part.expected}`,
        tone: part.correct ? "good" : "bad",
      };
  }
  return null;
}

/**
 * "Option 2: Kyrgyzstan": an option named by the number it had on the
 * student's screen (the player numbers options 1, 2, … in their shuffled
 * order) and by its text; never by the bank's letter.
 */
export function optionLabel(number: number, text: string): string {
  return `Option ${number}: ${text}`;
}

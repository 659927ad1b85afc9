import type { TextChoice } from "gift-pegjs";
import { type ReadChoices, readWeightedChoices } from "../weighted-choices.ts";
import { giftText } from "./gift-text.ts";

/**
 * The options of a GIFT multiple-choice question: "=" is full credit, "~" none,
 * "~%n%" a weight; the shared rules of readWeightedChoices apply. Weights
 * alone (no "=") declare a multiple-answer question, however many are right.
 */
export function readGiftChoices(choices: readonly TextChoice[]): ReadChoices {
  const changes: string[] = [];
  const options = choices.map((choice, index) => {
    const text = giftText(choice.text, `option ${index + 1}`);
    changes.push(...text.changes);
    return {
      text: text.text,
      weight: choice.weight ?? (choice.isCorrect ? 100 : 0),
      ...(choice.feedback ? { feedback: giftText(choice.feedback, "feedback").text } : {}),
    };
  });
  // Only "~" answers, some with a positive weight: Moodle's multiple-answer form, even with one right.
  const declaredMultiple =
    choices.every((choice) => !choice.isCorrect) && options.some((option) => option.weight > 0);
  const read = readWeightedChoices(options, declaredMultiple);
  return { ...read, changes: [...changes, ...read.changes] };
}

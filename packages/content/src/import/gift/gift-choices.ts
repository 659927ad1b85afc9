import type { TextChoice } from "gift-pegjs";
import type { DraftChoice } from "../draft-item.ts";
import { giftText } from "./gift-text.ts";

export interface ReadChoices {
  type: "single-choice" | "multiple-choice";
  choices: DraftChoice[];
  changes: string[];
}

/**
 * The options of a GIFT multiple-choice question. "=" marks the right answer, "~" a
 * wrong one, "~%n%" a weight. One full-credit answer makes a single-choice question;
 * any other partial credit is then lost (the option counts as wrong) and said. Several
 * positive weights and no full-credit answer make a multiple-choice question, scored
 * in quizdeck right minus wrong; weights that are not exactly that are said.
 */
export function readGiftChoices(choices: readonly TextChoice[]): ReadChoices {
  const changes: string[] = [];
  const texts = choices.map((choice, index) => {
    const taken = giftText(choice.text, `option ${index + 1}`);
    changes.push(...taken.changes);
    if (choice.feedback) {
      changes.push(
        `the feedback on “${taken.text}” was not kept: “${giftText(choice.feedback, "feedback").text}”`,
      );
    }
    return taken.text;
  });
  const weight = (choice: TextChoice) => choice.weight ?? (choice.isCorrect ? 100 : 0);
  const fullCredit = choices.filter((choice) => weight(choice) >= 100).length;
  if (fullCredit >= 1) {
    choices.forEach((choice, index) => {
      const value = weight(choice);
      if (value > 0 && value < 100) {
        changes.push(
          `partial credit (${value}%) for “${texts[index]}” not kept: it counts as wrong`,
        );
      } else if (value < 0) {
        changes.push(`the penalty (${value}%) for “${texts[index]}” not kept`);
      }
    });
    return {
      type: fullCredit === 1 ? "single-choice" : "multiple-choice",
      choices: choices.map((choice, index) => ({
        text: texts[index] ?? "",
        correct: weight(choice) >= 100,
      })),
      changes,
    };
  }
  const correct = choices.map((choice) => weight(choice) > 0);
  const count = correct.filter(Boolean).length;
  const rightMinusWrong = choices.every(
    (choice, index) =>
      Math.abs(weight(choice) - (correct[index] ? 100 / count : -100 / count)) < 0.01,
  );
  if (count > 1 && !rightMinusWrong) {
    changes.push(
      `the answer weights (${choices.map(weight).join(", ")} %) were replaced by quizdeck's right-minus-wrong scoring`,
    );
  }
  return {
    type: "multiple-choice",
    choices: choices.map((_, index) => ({
      text: texts[index] ?? "",
      correct: correct[index] ?? false,
    })),
    changes,
  };
}

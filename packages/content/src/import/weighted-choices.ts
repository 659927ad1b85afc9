import type { DraftChoice } from "./draft-item.ts";

/** An option as Moodle formats write it: its text, its grade in percent, its feedback. */
export interface WeightedChoice {
  text: string;
  weight: number;
  feedback?: string;
}

export interface ReadChoices {
  type: "single-choice" | "multiple-choice";
  choices: DraftChoice[];
  changes: string[];
}

/**
 * Options with Moodle grades. A full-credit option (100 %) makes the question
 * single-answer: those options are the key, and any other partial credit or penalty is
 * lost (said). With no full-credit option the positive ones are the key of a
 * multiple-choice question, scored in quizdeck right minus wrong (+100/k, -100/k);
 * weights that are not exactly that are said. `declaredMultiple` keeps a Moodle
 * multiple-response question with one right answer multiple-choice.
 */
export function readWeightedChoices(
  options: readonly WeightedChoice[],
  declaredMultiple = false,
): ReadChoices {
  const changes = options.flatMap((option) =>
    option.feedback ? [`the feedback on “${option.text}” was not kept: “${option.feedback}”`] : [],
  );
  const fullCredit = options.filter((option) => option.weight >= 99.999).length;
  if (fullCredit >= 1) {
    for (const option of options) {
      if (option.weight > 0 && option.weight < 99.999) {
        changes.push(
          `partial credit (${option.weight}%) for “${option.text}” not kept: it counts as wrong`,
        );
      } else if (option.weight < 0 && !declaredMultiple) {
        changes.push(`the penalty (${option.weight}%) for “${option.text}” not kept`);
      }
    }
    return {
      type: fullCredit === 1 && !declaredMultiple ? "single-choice" : "multiple-choice",
      choices: options.map((option) => ({ text: option.text, correct: option.weight >= 99.999 })),
      changes,
    };
  }
  const correct = options.map((option) => option.weight > 0);
  const count = correct.filter(Boolean).length;
  const rightMinusWrong = options.every(
    (option, index) =>
      Math.abs(option.weight - (correct[index] ? 100 / count : -100 / count)) < 0.01,
  );
  if (count > 1 && !rightMinusWrong) {
    changes.push(
      `the answer weights (${options.map((option) => `${option.weight}%`).join(", ")}) were replaced by quizdeck's right-minus-wrong scoring`,
    );
  }
  return {
    type: "multiple-choice",
    choices: options.map((option, index) => ({
      text: option.text,
      correct: correct[index] ?? false,
    })),
    changes,
  };
}

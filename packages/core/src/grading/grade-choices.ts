import type { MultipleChoiceQuestion, SingleChoiceQuestion } from "@quizdeck/content/schema";
import type { ChoiceFeedback, ChoiceVerdict, GradeResultOf } from "./grade-result.ts";
import type { MultipleChoiceResponse, SingleChoiceResponse } from "./response-schemas.ts";

/** Single choice: 1 when the chosen option is the correct one, else 0. */
export function gradeSingleChoice(
  question: SingleChoiceQuestion,
  response: SingleChoiceResponse,
): GradeResultOf<"single-choice"> {
  const parts = choiceFeedback(question, [response.choiceId]);
  const score = parts.some((part) => part.verdict === "correctly-chosen") ? 1 : 0;
  return { type: "single-choice", score, correct: score === 1, parts };
}

/**
 * Multiple choice, "right minus wrong":
 *   score = max(0, (correct options chosen − wrong options chosen) / number of correct options).
 * Choosing every correct option and nothing else scores 1; choosing nothing scores 0;
 * each wrong option chosen cancels one correct option chosen, so ticking every box does
 * not pay.
 */
export function gradeMultipleChoice(
  question: MultipleChoiceQuestion,
  response: MultipleChoiceResponse,
): GradeResultOf<"multiple-choice"> {
  const parts = choiceFeedback(question, response.choiceIds);
  const count = (verdict: ChoiceVerdict) => parts.filter((part) => part.verdict === verdict).length;
  const correctOptions = question.choices.filter((choice) => choice.correct).length;
  const rightMinusWrong = count("correctly-chosen") - count("wrongly-chosen");
  const score = correctOptions === 0 ? 0 : Math.max(0, rightMinusWrong / correctOptions);
  return { type: "multiple-choice", score, correct: score === 1, parts };
}

function choiceFeedback(
  question: SingleChoiceQuestion | MultipleChoiceQuestion,
  chosenIds: readonly string[],
): ChoiceFeedback[] {
  const chosen = new Set(chosenIds);
  return question.choices.map((choice) => {
    const isChosen = chosen.has(choice.id);
    return {
      kind: "choice",
      choiceId: choice.id,
      text: choice.text,
      chosen: isChosen,
      shouldBeChosen: choice.correct,
      verdict: verdictFor(isChosen, choice.correct),
    };
  });
}

function verdictFor(chosen: boolean, shouldBeChosen: boolean): ChoiceVerdict {
  if (chosen) return shouldBeChosen ? "correctly-chosen" : "wrongly-chosen";
  return shouldBeChosen ? "missed" : "correctly-not-chosen";
}

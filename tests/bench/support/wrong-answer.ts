import type { Question } from "@quizdeck/content/schema";
import type { QuestionResponse } from "@quizdeck/core/grading";

/**
 * A well-formed response that is wrong (score < 1): a wrong choice, the opposite
 * statement, each blank's first accepted answer reversed (far beyond one typo, so
 * the typed-answer matcher does its full work), every pair shifted by one, the
 * items reversed.
 */
export function wrongAnswer(question: Question): QuestionResponse {
  switch (question.type) {
    case "single-choice": {
      const wrong = question.choices.find((choice) => !choice.correct);
      if (!wrong) throw new Error(`${question.id} has no wrong choice`);
      return { type: "single-choice", choiceId: wrong.id };
    }
    case "multiple-choice":
      return {
        type: "multiple-choice",
        choiceIds: question.choices.filter((choice) => !choice.correct).map((choice) => choice.id),
      };
    case "true-false":
      return { type: "true-false", answer: !question.answer };
    case "cloze":
      return {
        type: "cloze",
        blanks: question.accept.map((answers) => [...(answers[0] ?? "")].reverse().join("")),
      };
    case "matching":
      return {
        type: "matching",
        matches: question.pairs.map((pair, index) => ({
          left: pair.left,
          right: (question.pairs[(index + 1) % question.pairs.length] ?? pair).right,
        })),
      };
    case "ordering":
      return { type: "ordering", order: [...question.items].reverse() };
  }
}

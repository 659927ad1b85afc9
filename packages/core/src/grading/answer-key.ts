import type { Question } from "@quizdeck/content/schema";
import type { QuestionResponse, ResponseOfType } from "./response-schemas.ts";

/**
 * The response a perfect student would give: every correct choice (in the question's
 * order), the first accepted answer of every blank, every pair, the items in order.
 * `grade(question, answerKey(question))` scores 1.
 */
export function answerKey<Q extends Question>(question: Q): ResponseOfType<Q["type"]> {
  return keyFor(question) as ResponseOfType<Q["type"]>;
}

function keyFor(question: Question): QuestionResponse {
  switch (question.type) {
    case "single-choice": {
      const correct = question.choices.find((choice) => choice.correct);
      if (!correct) throw new Error(`${question.id} has no correct choice`);
      return { type: "single-choice", choiceId: correct.id };
    }
    case "multiple-choice":
      return {
        type: "multiple-choice",
        choiceIds: question.choices.filter((choice) => choice.correct).map((choice) => choice.id),
      };
    case "true-false":
      return { type: "true-false", answer: question.answer };
    case "cloze":
      return {
        type: "cloze",
        blanks: question.accept.map((answers, index) => {
          const first = answers[0];
          if (first === undefined)
            throw new Error(`${question.id} has no answer for blank ${index + 1}`);
          return first;
        }),
      };
    case "matching":
      return {
        type: "matching",
        matches: question.pairs.map((pair) => ({ left: pair.left, right: pair.right })),
      };
    case "ordering":
      return { type: "ordering", order: [...question.items] };
  }
}

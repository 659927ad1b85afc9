import type { TrueFalseQuestion } from "@quizdeck/content/schema";
import type { GradeResultOf } from "./grade-result.ts";
import type { TrueFalseResponse } from "./response-schemas.ts";

/** True-false: 1 when the answer matches, else 0. */
export function gradeTrueFalse(
  question: TrueFalseQuestion,
  response: TrueFalseResponse,
): GradeResultOf<"true-false"> {
  const correct = response.answer === question.answer;
  return {
    type: "true-false",
    score: correct ? 1 : 0,
    correct,
    parts: [{ kind: "statement", given: response.answer, expected: question.answer, correct }],
  };
}

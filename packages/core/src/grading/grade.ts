import type { Question } from "@quizdeck/content/schema";
import { gradeMultipleChoice, gradeSingleChoice } from "./grade-choices.ts";
import { gradeCloze } from "./grade-cloze.ts";
import { gradeMatching } from "./grade-matching.ts";
import { gradeOrdering } from "./grade-ordering.ts";
import type { GradeResult, GradeResultOf } from "./grade-result.ts";
import { gradeTrueFalse } from "./grade-true-false.ts";
import {
  parseClozeResponse,
  parseMatchingResponse,
  parseMultipleChoiceResponse,
  parseOrderingResponse,
  parseSingleChoiceResponse,
  parseTrueFalseResponse,
} from "./parse-response.ts";
import type { ResponseOfType } from "./response-schemas.ts";

/**
 * Grades a response: a score in [0, 1], `correct` exactly when the score is 1, and
 * feedback per part (choice, statement, blank, pair or position) for the UI.
 *
 * The response is validated first, exactly as parseResponse does; a malformed one
 * throws InvalidResponseError and is never graded as wrong.
 *
 * Partial credit:
 * - single-choice, true-false: 1 if right, else 0.
 * - multiple-choice, "right minus wrong": (correct options chosen − wrong options
 *   chosen) / number of correct options, floored at 0. Choosing nothing scores 0.
 * - cloze: the share of blanks accepted. A typed answer is accepted when it equals an
 *   accepted variant ignoring case, extra whitespace, punctuation and diacritics;
 *   one typo (an inserted, deleted or substituted character, or two adjacent ones
 *   swapped) is forgiven when the accepted answer has 6 or more letters, but never
 *   in a number; a blank or punctuation-only answer is never accepted.
 * - matching: the share of left sides paired with their right side.
 * - ordering: the share of item pairs in the right relative order (Kendall tau), so
 *   one misplaced item costs little; the per-position feedback still marks each
 *   position that is wrong.
 */
export function grade<Q extends Question>(
  question: Q,
  response: ResponseOfType<Q["type"]>,
): GradeResultOf<Q["type"]> {
  return gradeQuestion(question, response) as GradeResultOf<Q["type"]>;
}

function gradeQuestion(question: Question, response: unknown): GradeResult {
  switch (question.type) {
    case "single-choice":
      return gradeSingleChoice(question, parseSingleChoiceResponse(question, response));
    case "multiple-choice":
      return gradeMultipleChoice(question, parseMultipleChoiceResponse(question, response));
    case "true-false":
      return gradeTrueFalse(question, parseTrueFalseResponse(question, response));
    case "cloze":
      return gradeCloze(question, parseClozeResponse(question, response));
    case "matching":
      return gradeMatching(question, parseMatchingResponse(question, response));
    case "ordering":
      return gradeOrdering(question, parseOrderingResponse(question, response));
  }
}

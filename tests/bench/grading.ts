import { bank } from "@quizdeck/content/bank";
import type { Question, QuestionType } from "@quizdeck/content/schema";
import { answerKey, grade, type QuestionResponse } from "@quizdeck/core/grading";
import { type BenchResult, measureSync } from "./support/measure.ts";
import { wrongAnswer } from "./support/wrong-answer.ts";

const TYPES: readonly QuestionType[] = [
  "single-choice",
  "multiple-choice",
  "true-false",
  "cloze",
  "matching",
  "ordering",
];

/**
 * `grade` per question type: each call grades the next of every bank question of
 * that type, alternately with its answer key and with a wrong answer.
 */
export function benchGrading(): BenchResult[] {
  return TYPES.map((type) => {
    const questions = bank.questions.filter((question) => question.type === type);
    const cases: [Question, QuestionResponse][] = questions.flatMap((question) => [
      [question, answerKey(question)],
      [question, wrongAnswer(question)],
    ]);
    for (const question of questions) {
      if (grade(question, answerKey(question)).score !== 1) {
        throw new Error(`${question.id}: its answer key does not score 1`);
      }
      if (grade(question, wrongAnswer(question)).score >= 1) {
        throw new Error(`${question.id}: the wrong answer scores 1`);
      }
    }
    let next = 0;
    return measureSync(`grade: ${type} (${questions.length} questions, key and wrong)`, () => {
      const current = cases[next] as [Question, QuestionResponse];
      next = (next + 1) % cases.length;
      return grade(current[0], current[1]);
    });
  });
}

/**
 * Small bank questions and attempts for the analysis tests (not part of the
 * public API). Each question quotes the paragraphs given.
 */
import type {
  ClozeQuestion,
  MultipleChoiceQuestion,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from "@quizdeck/content/schema";
import type { QuestionResponse } from "../grading/index.ts";
import type { SubmittedAttempt, SubmittedResponse } from "./submitted-attempt.ts";

function base(id: string, paragraphIds: readonly string[]) {
  return {
    id,
    prompt: `Prompt of ${id}?`,
    explanation: "Because the article says so.",
    evidence: paragraphIds.map((paragraphId) => ({
      paragraphId,
      quote: "a verbatim quote of the article",
    })),
    tags: ["csto" as const],
    difficulty: 1 as const,
    level: "recall" as const,
  };
}

/** Options a–d; a is correct. */
export function singleChoice(id: string, paragraphIds: readonly string[] = ["p01"]) {
  return {
    ...base(id, paragraphIds),
    type: "single-choice",
    choices: [
      { id: "a", text: "Right", correct: true },
      { id: "b", text: "Tempting", correct: false },
      { id: "c", text: "Plausible", correct: false },
      { id: "d", text: "Unlikely", correct: false },
    ],
  } satisfies SingleChoiceQuestion;
}

/** Options a–c; a and b are correct. */
export function multipleChoice(id: string, paragraphIds: readonly string[] = ["p01"]) {
  return {
    ...base(id, paragraphIds),
    type: "multiple-choice",
    choices: [
      { id: "a", text: "First right", correct: true },
      { id: "b", text: "Second right", correct: true },
      { id: "c", text: "Wrong", correct: false },
    ],
  } satisfies MultipleChoiceQuestion;
}

/** The statement is true. */
export function trueFalse(id: string, paragraphIds: readonly string[] = ["p01"]) {
  return {
    ...base(id, paragraphIds),
    type: "true-false",
    answer: true,
  } satisfies TrueFalseQuestion;
}

export function cloze(id: string, paragraphIds: readonly string[] = ["p01"]) {
  return {
    ...base(id, paragraphIds),
    type: "cloze",
    text: "The {{1}} met in Moscow.",
    accept: [["CSTO"]],
  } satisfies ClozeQuestion;
}

export const pick = (choiceId: string): QuestionResponse => ({ type: "single-choice", choiceId });
export const tick = (...choiceIds: string[]): QuestionResponse => ({
  type: "multiple-choice",
  choiceIds,
});
export const say = (answer: boolean): QuestionResponse => ({ type: "true-false", answer });
export const fill = (...blanks: string[]): QuestionResponse => ({ type: "cloze", blanks });

/** One answer: [questionId, score, response, timeSpentMs?]. */
export type Answer = readonly [string, number, QuestionResponse, number?];

const T0 = Date.parse("2026-03-02T09:00:00Z");

/**
 * A submitted attempt whose score is the mean of its item scores over
 * `questionCount` questions (unanswered = 0), as the app computes it.
 */
export function attempt(
  userId: string,
  questionCount: number,
  answers: readonly Answer[],
  extra: Partial<SubmittedAttempt> = {},
): SubmittedAttempt {
  const responses: SubmittedResponse[] = answers.map(
    ([questionId, score, response, timeSpentMs]) => ({
      questionId,
      score,
      response,
      timeSpentMs: timeSpentMs ?? 1000,
    }),
  );
  const score = responses.reduce((sum, response) => sum + response.score, 0) / questionCount;
  return {
    attemptId: `${userId}-1`,
    userId,
    submittedAt: new Date(T0),
    score,
    responses,
    ...extra,
  };
}

/** Minutes after a fixed start, for ordering attempts. */
export const minutesLater = (minutes: number) => new Date(T0 + minutes * 60_000);

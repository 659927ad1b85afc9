import { bank } from "@quizdeck/content/bank";
import type { Question, QuestionType } from "@quizdeck/content/schema";
import { answerKey } from "@quizdeck/core/grading";

export function questionOfType<T extends QuestionType>(type: T): Extract<Question, { type: T }> {
  const question = bank.questions.find((candidate) => candidate.type === type);
  if (!question) throw new Error(`The bank has no ${type} question`);
  return question as Extract<Question, { type: T }>;
}

export const singleChoice = () => questionOfType("single-choice");

export function rightAnswer(question: Question) {
  return answerKey(question);
}

/** A well-formed but wrong answer to a single-choice question. */
export function wrongSingleChoiceAnswer(question: Extract<Question, { type: "single-choice" }>) {
  const wrong = question.choices.find((choice) => !choice.correct);
  if (!wrong) throw new Error("no wrong choice");
  return { type: "single-choice" as const, choiceId: wrong.id };
}

export const someQuestionIds = (count: number) => bank.questions.slice(0, count).map((q) => q.id);
export const someFlashcardIds = (count: number) => bank.flashcards.slice(0, count).map((c) => c.id);

import type { Choice, Question, QuestionType } from "@quizdeck/content/schema";
import type { QuestionResponse } from "../grading/index.ts";

/** How many responders gave an answer, and their share of all responders (null when none responded). */
export interface AnswerTally {
  count: number;
  share: number | null;
}

/** One option of a choice question and how often it was chosen. */
export interface OptionTally extends AnswerTally {
  choiceId: string;
  text: string;
  correct: boolean;
}

interface DistributionBase {
  /** Responses counted: the answered ones. Every share is count / responders. */
  responders: number;
  /**
   * Responses that cannot be placed: of another question type, left out
   * (null), or (single choice) naming an option the question does not have.
   * They still count as responders, so the option shares then add up to less
   * than 1.
   */
  unrecognised: number;
}

export interface SingleChoiceDistribution extends DistributionBase {
  type: "single-choice";
  /** In the question's order of options. */
  options: OptionTally[];
}

export interface MultipleChoiceDistribution extends DistributionBase {
  type: "multiple-choice";
  /** In the question's order; an option counts once per responder who ticked it. */
  options: OptionTally[];
  /** Σ option counts: the options ticked, over all responders. Σ shares = selections / responders. */
  selections: number;
  /** Responders who ticked nothing. */
  noneChosen: number;
}

export interface TrueFalseDistribution extends DistributionBase {
  type: "true-false";
  correctAnswer: boolean;
  answeredTrue: AnswerTally;
  answeredFalse: AnswerTally;
}

export type AnswerDistribution =
  | SingleChoiceDistribution
  | MultipleChoiceDistribution
  | TrueFalseDistribution;

/** Whether `answerDistribution` counts the answers to questions of this type (it does for fixed options). */
export function hasAnswerDistribution(type: QuestionType): boolean {
  return type === "single-choice" || type === "multiple-choice" || type === "true-false";
}

/**
 * How the responders answered a question with fixed options: per option of a
 * single- or multiple-choice question, the responders who chose it (count, and
 * share = count / responders); for true-false, the responders who answered True
 * and False. Null for the other question types (cloze, matching, ordering),
 * whose answers have no fixed options to count. One pass: O(responses · options).
 */
export function answerDistribution(
  question: Question,
  responses: readonly (QuestionResponse | null)[],
): AnswerDistribution | null {
  const responders = responses.length;
  const tally = (count: number): AnswerTally => ({
    count,
    share: responders > 0 ? count / responders : null,
  });

  switch (question.type) {
    case "single-choice": {
      const counts = new Map(question.choices.map((choice) => [choice.id, 0]));
      let unrecognised = 0;
      for (const response of responses) {
        const count =
          response?.type === "single-choice" ? counts.get(response.choiceId) : undefined;
        if (response?.type !== "single-choice" || count === undefined) unrecognised += 1;
        else counts.set(response.choiceId, count + 1);
      }
      return {
        type: "single-choice",
        responders,
        unrecognised,
        options: optionTallies(question.choices, counts, tally),
      };
    }
    case "multiple-choice": {
      const counts = new Map(question.choices.map((choice) => [choice.id, 0]));
      let unrecognised = 0;
      let noneChosen = 0;
      let selections = 0;
      for (const response of responses) {
        if (response?.type !== "multiple-choice") {
          unrecognised += 1;
          continue;
        }
        if (response.choiceIds.length === 0) noneChosen += 1;
        for (const choiceId of new Set(response.choiceIds)) {
          const count = counts.get(choiceId);
          if (count === undefined) continue;
          counts.set(choiceId, count + 1);
          selections += 1;
        }
      }
      return {
        type: "multiple-choice",
        responders,
        unrecognised,
        options: optionTallies(question.choices, counts, tally),
        selections,
        noneChosen,
      };
    }
    case "true-false": {
      let answeredTrue = 0;
      let answeredFalse = 0;
      let unrecognised = 0;
      for (const response of responses) {
        if (response?.type !== "true-false") unrecognised += 1;
        else if (response.answer) answeredTrue += 1;
        else answeredFalse += 1;
      }
      return {
        type: "true-false",
        responders,
        unrecognised,
        correctAnswer: question.answer,
        answeredTrue: tally(answeredTrue),
        answeredFalse: tally(answeredFalse),
      };
    }
    default:
      return null;
  }
}

function optionTallies(
  choices: readonly Choice[],
  counts: ReadonlyMap<string, number>,
  tally: (count: number) => AnswerTally,
): OptionTally[] {
  return choices.map((choice) => ({
    choiceId: choice.id,
    text: choice.text,
    correct: choice.correct,
    ...tally(counts.get(choice.id) ?? 0),
  }));
}

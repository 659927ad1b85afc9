import type { Question, QuestionType } from "@quizdeck/content/schema";
import type { QuestionResponse } from "../grading/index.ts";
import { type AnswerDistribution, answerDistribution } from "./answer-distribution.ts";
import { type AttemptChoice, chooseAttempts, DEFAULT_ATTEMPT_CHOICE } from "./attempt-choice.ts";
import { classParagraphAccuracy, type ParagraphClassAccuracy } from "./class-paragraph-accuracy.ts";
import { examineesNeeded, type ItemFlag, itemFlags } from "./item-flags.ts";
import { median } from "./median.ts";
import { type ItemAndRestScore, pointBiserial } from "./point-biserial.ts";
import type { SubmittedAttempt } from "./submitted-attempt.ts";
import {
  type TotalAndItemScore,
  type UpperLowerDiscrimination,
  upperLowerDiscrimination,
} from "./upper-lower-discrimination.ts";

export interface ItemAnalysisOptions {
  /** Which attempts to analyse; default "first" (see ATTEMPT_CHOICES). */
  attemptChoice?: AttemptChoice;
}

/** The statistics of one question of the assignment. */
export interface ItemStatistics {
  questionId: string;
  type: QuestionType;
  /** Examinees the question was presented to. */
  presented: number;
  /** Of those, examinees who answered it. */
  responders: number;
  /**
   * Mean item score over the examinees presented the question, unanswered
   * counting as 0: the share answered correctly, with partial credit. In
   * [0, 1]; null when it was presented to no one.
   */
  facility: number | null;
  /**
   * The upper–lower 27% index D (see `upperLowerDiscrimination`), among the
   * examinees presented the question; in [−1, 1]; null when presented to no
   * one. The flags use D.
   */
  discrimination: number | null;
  /** The groups behind D: their size and mean item scores. */
  upperLower: UpperLowerDiscrimination | null;
  /**
   * Correlation of the item score with the rest-of-test score (the examinee's
   * item scores on the other presented questions, summed); see `pointBiserial`.
   * Shown for reference; the flags do not use it. Null when undefined.
   */
  pointBiserial: number | null;
  /** Option counts for single-choice, multiple-choice and true-false; null for other types. */
  answerDistribution: AnswerDistribution | null;
  /** Median time spent on the answered responses; null when none. */
  medianTimeMs: number | null;
  /**
   * More examinees the item needs before D and r mean anything and it can be
   * flagged (MIN_EXAMINEES_FOR_FLAGS); 0 once it has enough. Below that the
   * page shows no D, no r and no flags.
   */
  examineesNeeded: number;
  /** None while `examineesNeeded` > 0. */
  flags: ItemFlag[];
}

export interface ItemAnalysis {
  attemptChoice: AttemptChoice;
  /** Attempts analysed: one per student for "first" and "best", every attempt for "all". */
  examinees: number;
  /** Distinct students among them. */
  students: number;
  /** One per distinct question, in the order of `questions`. */
  items: ItemStatistics[];
  /** Class accuracy per article paragraph cited by the questions' evidence. */
  paragraphAccuracy: ParagraphClassAccuracy[];
}

/** What one question gathers while the attempts are read. */
interface QuestionAccumulator {
  question: Question;
  examinees: (TotalAndItemScore & ItemAndRestScore)[];
  responses: (QuestionResponse | null)[];
  timesMs: number[];
  scoreSum: number;
}

/**
 * Classical item analysis of an assignment's questions over its submitted
 * attempts.
 *
 * Examinees: the attempts chosen by `attemptChoice` (default "first": each
 * student's first submitted attempt). An examinee's total, which ranks them
 * for D, is the attempt's `score`. Item score: the response's score, or 0
 * when the question was presented but left unanswered. Responses to questions
 * not in `questions` are ignored; of two responses to one question in one
 * attempt the first counts; a question id repeated in `questions` counts once.
 *
 * Per question: facility, D (with its groups), point-biserial, option counts,
 * median time, responders, presented and flags; see ItemStatistics. Linear in
 * the responses apart from three sorts per question (the two D groups and the
 * median): O(q · n log n) for n examinees and q questions.
 */
export function itemAnalysis(
  questions: readonly Question[],
  attempts: readonly SubmittedAttempt[],
  options: ItemAnalysisOptions = {},
): ItemAnalysis {
  const attemptChoice = options.attemptChoice ?? DEFAULT_ATTEMPT_CHOICE;
  const chosen = chooseAttempts(attempts, attemptChoice);

  // Keyed by question id, in the order of `questions`; a repeated id counts once.
  const accumulators = new Map<string, QuestionAccumulator>();
  for (const question of questions) {
    if (accumulators.has(question.id)) continue;
    accumulators.set(question.id, {
      question,
      examinees: [],
      responses: [],
      timesMs: [],
      scoreSum: 0,
    });
  }

  for (const attempt of chosen) {
    const presented = new Set<QuestionAccumulator>();
    if (attempt.questionIds) {
      for (const questionId of attempt.questionIds) {
        const accumulator = accumulators.get(questionId);
        if (accumulator) presented.add(accumulator);
      }
    } else {
      for (const accumulator of accumulators.values()) presented.add(accumulator);
    }

    const scores = new Map<QuestionAccumulator, number>();
    for (const response of attempt.responses) {
      const accumulator = accumulators.get(response.questionId);
      if (!accumulator || scores.has(accumulator)) continue;
      presented.add(accumulator);
      scores.set(accumulator, response.score);
      accumulator.responses.push(response.response);
      accumulator.timesMs.push(response.timeSpentMs);
    }

    let sum = 0;
    for (const accumulator of presented) sum += scores.get(accumulator) ?? 0;
    for (const accumulator of presented) {
      const itemScore = scores.get(accumulator) ?? 0;
      accumulator.scoreSum += itemScore;
      accumulator.examinees.push({ total: attempt.score, itemScore, restScore: sum - itemScore });
    }
  }

  const items = [...accumulators.values()].map(itemStatistics);
  const paragraphAccuracy = classParagraphAccuracy(
    [...accumulators.values()].map((accumulator) => ({
      questionId: accumulator.question.id,
      paragraphIds: accumulator.question.evidence.map((quote) => quote.paragraphId),
      scoreSum: accumulator.scoreSum,
      presented: accumulator.examinees.length,
    })),
  );

  return {
    attemptChoice,
    examinees: chosen.length,
    students: new Set(chosen.map((attempt) => attempt.userId)).size,
    items,
    paragraphAccuracy,
  };
}

function itemStatistics(accumulator: QuestionAccumulator): ItemStatistics {
  const { question } = accumulator;
  const presented = accumulator.examinees.length;
  const facility = presented > 0 ? accumulator.scoreSum / presented : null;
  const upperLower = upperLowerDiscrimination(accumulator.examinees);
  const discrimination = upperLower?.index ?? null;
  return {
    questionId: question.id,
    type: question.type,
    presented,
    responders: accumulator.responses.length,
    facility,
    discrimination,
    upperLower,
    pointBiserial: pointBiserial(accumulator.examinees),
    answerDistribution: answerDistribution(question, accumulator.responses),
    medianTimeMs: median(accumulator.timesMs),
    examineesNeeded: examineesNeeded(presented),
    flags: itemFlags({ facility, discrimination, presented }),
  };
}

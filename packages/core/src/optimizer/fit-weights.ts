import { computeParameters } from "@open-spaced-repetition/binding";
import {
  type FittedWeights,
  type LoggedReview,
  type ReviewSequence,
  reviewCount,
  reviewSequences,
} from "../fitting/index.ts";
import { DEFAULT_WEIGHTS, memoryModel } from "../scheduling/index.ts";
import type { LearnerDays } from "../time/index.ts";
import { trainingItems } from "./training-items.ts";

/** What the optimizer is told about the scheduler the reviews came from: FSRS-6 with same-day steps, one relearning step. */
export const OPTIMIZER_OPTIONS = { enableShortTerm: true, numRelearningSteps: 1 } as const;

/** How often (ms) the binding checks whether training is done: its default (500) adds half a second to every fit. */
export const OPTIMIZER_POLL_MS = 5;

export interface WeightsFit extends FittedWeights {
  /** The optimizer found too little to learn from and answered FSRS's defaults. */
  defaultsReturned: boolean;
  /** Training examples (sequences) it was given. */
  sequences: number;
  fittedAt: Date;
}

/**
 * Fits FSRS-6 weights to review sequences with fsrs-rs: one learner's for a
 * personal fit, a whole class's for a pooled one. `reviews` is the count the
 * fit will be held against the thresholds with (`reviewCount` of the log the
 * sequences came from). Trains on fsrs-rs's own thread, a few tens of
 * milliseconds for a learner (docs/benchmarks.md), but never on a request path.
 */
export async function fitWeights(
  sequences: readonly ReviewSequence[],
  options: { reviews: number; now?: Date },
): Promise<WeightsFit> {
  const weights = await computeParameters(trainingItems(sequences), {
    ...OPTIMIZER_OPTIONS,
    timeout: OPTIMIZER_POLL_MS,
  });
  memoryModel({ weights });
  const defaultsReturned = weights.every(
    (weight, index) => Math.abs(weight - (DEFAULT_WEIGHTS[index] as number)) < 1e-6,
  );
  return {
    weights,
    reviews: options.reviews,
    defaultsReturned,
    sequences: sequences.length,
    fittedAt: options.now ?? new Date(),
  };
}

/**
 * The whole job for one learner (their log) or one class (all its learners'
 * logs together): sequences in each learner's days, counted reviews, fit.
 */
export function fitWeightsToLog(
  log: readonly LoggedReview[],
  daysOf?: (userId: string) => LearnerDays,
  now?: Date,
): Promise<WeightsFit> {
  return fitWeights(reviewSequences(log, daysOf), { reviews: reviewCount(log), now });
}

import { evaluateWithTimeSeriesSplits, FSRSBinding } from "@open-spaced-repetition/binding";
import type { ReviewSequence } from "../fitting/index.ts";
import { OPTIMIZER_OPTIONS, OPTIMIZER_POLL_MS } from "./fit-weights.ts";
import { trainingItems } from "./training-items.ts";

/** How well weights predict reviews, in the FSRS benchmark's two figures (lower is better for both). */
export interface Fit {
  /** Mean negative log-likelihood of the outcomes (recalled or not). */
  logLoss: number;
  /** RMSE between predicted and actual recall over fsrs-rs's bins of similar reviews. */
  rmseBins: number;
}

const tooLittle = (error: unknown) => error instanceof Error && /NotEnoughData/.test(error.message);

/**
 * How well `weights` predict the outcomes of `sequences`' last reviews; null when
 * there are too few sequences with a review on a later day for fsrs-rs to judge.
 */
export function evaluateWeights(
  weights: readonly number[],
  sequences: readonly ReviewSequence[],
): Fit | null {
  try {
    const { logLoss, rmseBins } = new FSRSBinding([...weights]).evaluate(trainingItems(sequences));
    return { logLoss, rmseBins };
  } catch (error) {
    if (tooLittle(error)) return null;
    throw error;
  }
}

/**
 * fsrs-rs's own check of fitting on these sequences: it trains on the earlier
 * part and tests on the next, in time order, over several splits. Null when
 * there is too little to split.
 */
export async function evaluateFitOverTime(
  sequences: readonly ReviewSequence[],
): Promise<Fit | null> {
  try {
    const { logLoss, rmseBins } = await evaluateWithTimeSeriesSplits(trainingItems(sequences), {
      ...OPTIMIZER_OPTIONS,
      timeout: OPTIMIZER_POLL_MS,
    });
    return { logLoss, rmseBins };
  } catch (error) {
    if (tooLittle(error)) return null;
    throw error;
  }
}

import { FSRSAlgorithm, type FSRSState, forgetting_curve } from "ts-fsrs";
import { memoryModel } from "../scheduling/index.ts";
import type { ReviewSequence } from "./review-sequences.ts";

/** Predicted recall of each sequence's last review under `weights`, from the history before it. */
export function predictedRecalls(
  sequences: readonly ReviewSequence[],
  weights: readonly number[],
): number[] {
  const model = memoryModel({ weights });
  const algorithm = new FSRSAlgorithm({ w: [...model.weights] });
  return sequences.map((sequence) => {
    let state: FSRSState | null = null;
    for (const review of sequence.reviews.slice(0, -1)) {
      state = algorithm.next_state(state, review.deltaT, review.rating);
    }
    const last = sequence.reviews.at(-1);
    return state && last ? forgetting_curve(model.weights, last.deltaT, state.stability) : 0;
  });
}

/** One bin of predicted recall: how many reviews fell in it, what was predicted, what happened. */
export interface CalibrationBin {
  /** The bin's range of predicted recall, [from, to). */
  from: number;
  to: number;
  reviews: number;
  /** Mean predicted recall of the bin's reviews; null for an empty bin. */
  predicted: number | null;
  /** Share of them actually recalled (rated Hard, Good or Easy); null for an empty bin. */
  actual: number | null;
}

/**
 * How well weights predict: the reviews grouped by predicted recall into
 * `bins` equal ranges from `low` to 1, with the mean prediction and the share
 * actually recalled in each (a calibrated model has the two equal). Reviews
 * predicted below `low` go in the first bin.
 */
export function recallCalibration(
  sequences: readonly ReviewSequence[],
  weights: readonly number[],
  { bins = 10, low = 0 }: { bins?: number; low?: number } = {},
): CalibrationBin[] {
  if (!Number.isInteger(bins) || bins < 1 || bins > 100 || !(low >= 0 && low < 1)) {
    throw new RangeError("Calibration needs 1 to 100 bins and a lower bound in [0, 1).");
  }
  const width = (1 - low) / bins;
  const totals = Array.from({ length: bins }, () => ({ reviews: 0, predicted: 0, recalled: 0 }));
  const predictions = predictedRecalls(sequences, weights);
  for (const [index, sequence] of sequences.entries()) {
    const predicted = predictions[index] as number;
    const bin = Math.min(bins - 1, Math.max(0, Math.floor((predicted - low) / width)));
    const total = totals[bin] as (typeof totals)[number];
    total.reviews += 1;
    total.predicted += predicted;
    total.recalled += (sequence.reviews.at(-1)?.rating ?? 1) > 1 ? 1 : 0;
  }
  return totals.map((total, index) => ({
    from: low + index * width,
    to: low + (index + 1) * width,
    reviews: total.reviews,
    predicted: total.reviews > 0 ? total.predicted / total.reviews : null,
    actual: total.reviews > 0 ? total.recalled / total.reviews : null,
  }));
}

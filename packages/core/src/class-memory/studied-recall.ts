import { evidencedRecall } from "../mastery/item-mastery.ts";
import type { MemorySnapshot, SchedulingOptions } from "../scheduling/index.ts";

/**
 * Predicted recall at `at`: FSRS retrievability R = (1 + F · t / S)^(−decay),
 * t the whole learner days since the last review (in the learner's time zone,
 * see `options`), S the stability (R = 0.9 at t = S, 1 on the day of the
 * review); 0 for an item never studied or never recalled (see `evidencedRecall`).
 */
export function predictedRecall(
  memory: MemorySnapshot | undefined,
  recalledOnce: boolean,
  at: Date,
  options: SchedulingOptions = {},
): number {
  return evidencedRecall(memory, recalledOnce, at, options) ?? 0;
}

/**
 * `value ≥ threshold`, compared after rounding to 9 decimals, so float noise
 * in a mean (0.9 + 0.9 + 0.9) / 3 never decides which side a student is on.
 */
export function reachesThreshold(value: number, threshold: number): boolean {
  return Math.round(value * 1e9) / 1e9 >= threshold;
}

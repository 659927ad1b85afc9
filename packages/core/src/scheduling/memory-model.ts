import { checkParameters, default_w } from "ts-fsrs";

/**
 * The memory model the scheduler runs on: FSRS-6's 21 weights and the recall
 * probability the learner wants when an item falls due.
 */
export interface MemoryModel {
  weights: readonly number[];
  desiredRetention: number;
}

/** FSRS-6's published default weights (as ts-fsrs ships them). */
export const DEFAULT_WEIGHTS: readonly number[] = Object.freeze([...default_w]);
export const DEFAULT_DESIRED_RETENTION = 0.9;
/** Anki's range: below 0.7 most reviews are relearning; above 0.99 the workload explodes. */
export const DESIRED_RETENTION_MIN = 0.7;
export const DESIRED_RETENTION_MAX = 0.99;

export const DEFAULT_MEMORY_MODEL: MemoryModel = {
  weights: DEFAULT_WEIGHTS,
  desiredRetention: DEFAULT_DESIRED_RETENTION,
};

/** Thrown for weights that are not 21 finite numbers or a retention outside 0.7–0.99. */
export class InvalidMemoryModelError extends RangeError {
  override name = "InvalidMemoryModelError";
}

/** Fills in the defaults and checks both, with a message that says which is wrong. */
export function memoryModel(options: Partial<MemoryModel> = {}): MemoryModel {
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const desiredRetention = options.desiredRetention ?? DEFAULT_DESIRED_RETENTION;
  if (weights.length !== 21) {
    throw new InvalidMemoryModelError(`FSRS-6 needs 21 weights; got ${weights.length}.`);
  }
  try {
    checkParameters(weights);
  } catch {
    throw new InvalidMemoryModelError("FSRS weights must all be finite numbers.");
  }
  if (
    !Number.isFinite(desiredRetention) ||
    desiredRetention < DESIRED_RETENTION_MIN ||
    desiredRetention > DESIRED_RETENTION_MAX
  ) {
    throw new InvalidMemoryModelError(
      `Desired retention must be from ${DESIRED_RETENTION_MIN} to ${DESIRED_RETENTION_MAX}, not ${desiredRetention}.`,
    );
  }
  return { weights, desiredRetention };
}

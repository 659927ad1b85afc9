import type { ReviewSequence } from "@quizdeck/core/fitting";
import { evaluateWeights, fitWeights } from "@quizdeck/core/optimizer";
import { DEFAULT_WEIGHTS } from "@quizdeck/core/scheduling";

/** A fit as `memory_fit` stores it (empty weights: not fitted). */
export interface StoredFit {
  weights: number[];
  reviews: number;
  sequences: number;
  fittedAt: Date;
  logLoss: number | null;
  rmseBins: number | null;
  defaultLogLoss: number | null;
  defaultRmseBins: number | null;
}

/**
 * Fits FSRS weights to these sequences with fsrs-rs when `fit` is true and
 * there is something to fit, and scores the fitted weights and FSRS's defaults
 * on the same reviews (in-sample: how much closer the fit comes to this
 * history, not a held-out test, which docs/benchmarks.md reports). A fit that
 * answered the defaults (too little to learn from), or that predicts this
 * history no better than they do, is stored as not fitted.
 * Loads the native optimizer: the worker's only.
 */
export async function fitAndEvaluate(
  sequences: readonly ReviewSequence[],
  reviews: number,
  fit: boolean,
  now: Date,
): Promise<StoredFit> {
  const base = { reviews, sequences: sequences.length, fittedAt: now };
  if (sequences.length === 0) {
    return {
      ...base,
      weights: [],
      logLoss: null,
      rmseBins: null,
      defaultLogLoss: null,
      defaultRmseBins: null,
    };
  }
  const defaults = evaluateWeights(DEFAULT_WEIGHTS, sequences);
  const fitted = fit ? await fitWeights(sequences, { reviews, now }) : null;
  const candidate = fitted && !fitted.defaultsReturned ? [...fitted.weights] : [];
  const own = candidate.length > 0 ? evaluateWeights(candidate, sequences) : null;
  // Now and then (seen on pooled synthetic classes) the fitted weights predict this history no
  // better than the defaults. They are kept out of scheduling (stored as not fitted,
  // figures kept). fsrs-rs is deterministic: the same reviews give the same fit, so no rerun.
  const better = own !== null && defaults !== null && own.logLoss < defaults.logLoss;
  return {
    ...base,
    weights: better ? candidate : [],
    logLoss: own?.logLoss ?? null,
    rmseBins: own?.rmseBins ?? null,
    defaultLogLoss: defaults?.logLoss ?? null,
    defaultRmseBins: defaults?.rmseBins ?? null,
  };
}

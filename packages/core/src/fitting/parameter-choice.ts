import { DEFAULT_WEIGHTS } from "../scheduling/index.ts";

/** Where the weights a learner is scheduled with come from. */
export const PARAMETER_SOURCES = ["student", "class", "default"] as const;
export type ParameterSource = (typeof PARAMETER_SOURCES)[number];

/** Weights fitted on some reviews: a learner's own, or their class's pooled. */
export interface FittedWeights {
  weights: readonly number[];
  /** Reviews the fit was trained on (see `reviewCount`). */
  reviews: number;
}

export interface ParameterThresholds {
  /** A learner's own fit is used from this many of their reviews. */
  studentReviews: number;
  /** Else the class's pooled fit, from this many reviews in the class. */
  classReviews: number;
}

/**
 * From the evaluation in docs/benchmarks.md ("Memory fitted to each student",
 * simulated classes): a student's own fit beat the defaults from about 800 of
 * their reviews but their class's pooled fit only from 1,600 (weekly splits)
 * to 3,200 (learning curve); the pooled fit beat the defaults from 1,000
 * reviews in the class. Over a grid of thresholds, 1,600 and 1,000 gave the
 * lowest log loss of the two evaluations together; every choice that uses a
 * fit at all came within 0.5% of it, the defaults alone were 2–6% worse.
 */
export const DEFAULT_PARAMETER_THRESHOLDS: ParameterThresholds = {
  studentReviews: 1600,
  classReviews: 1000,
};

export interface ChosenWeights {
  source: ParameterSource;
  weights: readonly number[];
  /** Reviews behind the weights; 0 for the defaults. */
  reviews: number;
}

/**
 * The best weights available: the learner's own fit once it rests on enough of
 * their reviews, else the class's pooled fit once the class has enough, else
 * FSRS's defaults.
 */
export function chooseWeights(
  fits: { student?: FittedWeights | null; class?: FittedWeights | null },
  thresholds: ParameterThresholds = DEFAULT_PARAMETER_THRESHOLDS,
): ChosenWeights {
  if (fits.student && fits.student.reviews >= thresholds.studentReviews) {
    return { source: "student", ...fits.student };
  }
  if (fits.class && fits.class.reviews >= thresholds.classReviews) {
    return { source: "class", ...fits.class };
  }
  return { source: "default", weights: DEFAULT_WEIGHTS, reviews: 0 };
}

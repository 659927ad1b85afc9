export const ACCURACY_BANDS = ["none", "weak", "fair", "strong"] as const;
export type AccuracyBand = (typeof ACCURACY_BANDS)[number];

/** Lower bounds (inclusive) of the fair and strong bands. */
export const FAIR_FROM = 0.5;
export const STRONG_FROM = 0.8;

export const ACCURACY_BAND_LABELS: Record<AccuracyBand, string> = {
  none: "No answers yet",
  weak: "Needs work",
  fair: "Getting there",
  strong: "Strong",
};

/** What a legend says about each band. */
export const ACCURACY_BAND_RANGES: Record<AccuracyBand, string> = {
  none: "you have not answered its questions yet",
  weak: `below ${FAIR_FROM * 100}%`,
  fair: `${FAIR_FROM * 100}% to ${STRONG_FROM * 100 - 1}%`,
  strong: `${STRONG_FROM * 100}% or more`,
};

/**
 * The band of a mean score in [0, 1] (null: nothing answered). Bands are cut on
 * the rounded percentage, so what the learner reads ("79%") matches its band.
 */
export function accuracyBand(meanScore: number | null): AccuracyBand {
  if (meanScore === null || Number.isNaN(meanScore)) return "none";
  const percent = Math.round(meanScore * 100);
  if (percent >= STRONG_FROM * 100) return "strong";
  if (percent >= FAIR_FROM * 100) return "fair";
  return "weak";
}

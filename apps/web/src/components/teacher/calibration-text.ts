/**
 * Words and figures for the teacher's calibration view: bin labels, the
 * chart's summary, and one number for how far predictions are from what
 * happened. Pure, so unit-tested.
 */

export interface CalibrationBinView {
  from: number;
  to: number;
  reviews: number;
  predicted: number | null;
  actual: number | null;
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** "60–70%"; the first bin also holds every lower prediction: "under 50%". */
export function binLabel(bin: CalibrationBinView, first: boolean): string {
  return first && bin.from > 0
    ? `under ${pct(bin.to)}`
    : `${Math.round(bin.from * 100)}–${pct(bin.to)}`;
}

/**
 * The mean distance between predicted and actual recall over the bins,
 * weighted by their reviews (the expected calibration error), in percentage
 * points; null when no review was predicted.
 */
export function calibrationGap(bins: readonly CalibrationBinView[]): number | null {
  let reviews = 0;
  let gap = 0;
  for (const bin of bins) {
    if (bin.reviews === 0 || bin.predicted === null || bin.actual === null) continue;
    reviews += bin.reviews;
    gap += bin.reviews * Math.abs(bin.predicted - bin.actual);
  }
  return reviews === 0 ? null : (gap / reviews) * 100;
}

/** The screen reader's sentence for the calibration chart. */
export function summarizeCalibration(bins: readonly CalibrationBinView[]): string {
  const gap = calibrationGap(bins);
  const total = bins.reduce((sum, bin) => sum + bin.reviews, 0);
  if (gap === null) return "Predicted against actual recall: no reviews to compare yet.";
  return `Predicted against actual recall of ${total.toLocaleString("en")} reviews, in bins of predicted recall; predictions are off by ${gap.toFixed(1)} percentage points on average.`;
}

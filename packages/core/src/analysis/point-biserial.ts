/** One examinee's score on the item and on the rest of the test (their total minus this item). */
export interface ItemAndRestScore {
  itemScore: number;
  restScore: number;
}

/**
 * Variances at or below this (per examinee) count as zero, so float noise in a
 * column of equal scores does not yield a meaningless correlation.
 */
const ZERO_VARIANCE = 1e-12;

/**
 * The point-biserial correlation between item score x and rest-of-test score y
 * (the corrected item-total correlation): Pearson's
 *
 *   r = Σ (x − x̄)(y − ȳ) / √( Σ (x − x̄)² · Σ (y − ȳ)² )
 *
 * For an item scored 0/1 this equals (M₁ − M₀) / s_y · √(p·q), the textbook
 * point-biserial (M₁, M₀: mean rest score of those right and wrong; p, q: the
 * shares right and wrong; s_y: the population standard deviation of y). With
 * partial credit it is the same formula on the continuous item score.
 *
 * Null when it is undefined: fewer than two examinees, or either score has zero
 * variance (everyone scored the same on the item, or on the rest). In [−1, 1].
 * Two passes over the data: O(n).
 */
export function pointBiserial(scores: readonly ItemAndRestScore[]): number | null {
  const n = scores.length;
  if (n < 2) return null;
  let sumX = 0;
  let sumY = 0;
  for (const { itemScore, restScore } of scores) {
    sumX += itemScore;
    sumY += restScore;
  }
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const { itemScore, restScore } of scores) {
    const dx = itemScore - meanX;
    const dy = restScore - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx <= ZERO_VARIANCE * n || syy <= ZERO_VARIANCE * n) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

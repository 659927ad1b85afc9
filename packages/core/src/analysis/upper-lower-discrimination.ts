/** One examinee's total score (which ranks them) and their score on the item. */
export interface TotalAndItemScore {
  total: number;
  itemScore: number;
}

/** Kelley's share: the upper and lower groups are each this share of the examinees. */
export const UPPER_LOWER_GROUP_SHARE = 0.27;

export interface UpperLowerDiscrimination {
  /** Examinees in each group: round(0.27 · n), at least 1. */
  groupSize: number;
  /** Mean item score in the upper group, in [0, 1]. */
  upperMean: number;
  /** Mean item score in the lower group, in [0, 1]. */
  lowerMean: number;
  /** D = upperMean − lowerMean, in [−1, 1]. */
  index: number;
}

/** Examinees per group for n examinees: round(0.27 · n), at least 1 (0 only when n = 0). */
export function upperLowerGroupSize(examinees: number): number {
  if (examinees <= 0) return 0;
  return Math.max(1, Math.round(UPPER_LOWER_GROUP_SHARE * examinees));
}

/**
 * The upper–lower discrimination index. Rank examinees by total score; the
 * upper group is the k = round(0.27 · n) (at least 1) highest totals and the
 * lower group the k lowest; D = mean item score in the upper group − mean item
 * score in the lower group.
 *
 * Ties at a group's boundary: when the k-th place is shared by t examinees of
 * whom only s fit in the group, each of the t joins with weight s / t. A group
 * thus always weighs exactly k, the result never depends on the input order,
 * and a class with equal totals gets D = 0 (both groups are the whole class).
 * With a single examinee both groups are that examinee, so D = 0.
 *
 * Null when there are no examinees. Two sorts: O(n log n).
 */
export function upperLowerDiscrimination(
  examinees: readonly TotalAndItemScore[],
): UpperLowerDiscrimination | null {
  const groupSize = upperLowerGroupSize(examinees.length);
  if (groupSize === 0) return null;
  // Two stable sorts rather than one reversed: tied examinees are then summed in
  // the same order for both groups, so equal totals give D = 0 exactly.
  const upperMean = weightedGroupMean(
    [...examinees].sort((a, b) => b.total - a.total),
    groupSize,
  );
  const lowerMean = weightedGroupMean(
    [...examinees].sort((a, b) => a.total - b.total),
    groupSize,
  );
  return { groupSize, upperMean, lowerMean, index: upperMean - lowerMean };
}

/**
 * Mean item score of the first `size` examinees of `ranked` (best first for the
 * group in question), sharing the last places among everyone tied with the
 * examinee at place `size`.
 */
function weightedGroupMean(ranked: readonly TotalAndItemScore[], size: number): number {
  const boundary = ranked[size - 1]?.total;
  let sum = 0;
  let full = 0;
  let tiedSum = 0;
  let tied = 0;
  for (const examinee of ranked) {
    if (examinee.total === boundary) {
      tied += 1;
      tiedSum += examinee.itemScore;
    } else if (tied === 0) {
      full += 1;
      sum += examinee.itemScore;
    } else {
      break;
    }
  }
  const tiedWeight = tied > 0 ? (size - full) / tied : 0;
  return (sum + tiedWeight * tiedSum) / size;
}

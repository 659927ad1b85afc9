/** Facility above this: the item is too easy to tell students apart. */
export const TOO_EASY_ABOVE = 0.9;
/** Facility below this: the item is too hard (or miskeyed, or badly worded). */
export const TOO_HARD_BELOW = 0.3;
/** D below this (and not below 0): the item barely separates strong from weak students. */
export const NOT_DISCRIMINATING_BELOW = 0.2;
/** D below this: weak students do better than strong ones, which often means a wrong key. */
export const NEGATIVE_DISCRIMINATION_BELOW = 0;
/**
 * Every flag needs at least this many examinees presented the item: below it
 * D is noise, and a facility from two or three students says nothing about
 * the item (one student's 0 would read "too hard").
 */
export const MIN_EXAMINEES_FOR_FLAGS = 10;

/** How many more examinees the item needs before it can be flagged (0 once it has enough). */
export function examineesNeeded(presented: number): number {
  return Math.max(0, MIN_EXAMINEES_FOR_FLAGS - presented);
}

export const ITEM_FLAGS = [
  "too-easy",
  "too-hard",
  "not-discriminating",
  "negative-discrimination",
] as const;
export type ItemFlag = (typeof ITEM_FLAGS)[number];

export interface ItemFlagInput {
  /** Mean item score; null when no one was presented the item. */
  facility: number | null;
  /** The upper–lower index D; null when no one was presented the item. */
  discrimination: number | null;
  /** Examinees presented the item. */
  presented: number;
}

/**
 * Values are compared after rounding to 9 decimals, so float noise never
 * crosses a threshold: 1 − 0.8 = 0.19999999999999996 reads as 0.2.
 */
function comparable(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/**
 * What the teacher should look at, in ITEM_FLAGS order, once at least
 * MIN_EXAMINEES_FOR_FLAGS (10) examinees were presented the item (none before):
 * - "too-easy": facility > TOO_EASY_ABOVE (0.9);
 * - "too-hard": facility < TOO_HARD_BELOW (0.3);
 * - "negative-discrimination": D < 0;
 * - "not-discriminating": 0 ≤ D < NOT_DISCRIMINATING_BELOW (0.2). A negative D
 *   gets only "negative-discrimination", the graver of the two, so the flags
 *   never say the same thing twice.
 * The UI flags discrimination on D, not on the point-biserial correlation.
 */
export function itemFlags({ facility, discrimination, presented }: ItemFlagInput): ItemFlag[] {
  const flags: ItemFlag[] = [];
  if (examineesNeeded(presented) > 0) return flags;
  if (facility !== null) {
    if (comparable(facility) > TOO_EASY_ABOVE) flags.push("too-easy");
    if (comparable(facility) < TOO_HARD_BELOW) flags.push("too-hard");
  }
  if (discrimination !== null) {
    const d = comparable(discrimination);
    if (d < NOT_DISCRIMINATING_BELOW && d >= NEGATIVE_DISCRIMINATION_BELOW) {
      flags.push("not-discriminating");
    }
    if (d < NEGATIVE_DISCRIMINATION_BELOW) flags.push("negative-discrimination");
  }
  return flags;
}

import { deriveSeed, seededRandom } from "../random/index.ts";

/**
 * The fuzz key of one learner's item: fuzz spreads intervals a little so cards
 * learnt together do not stay due together, and seeding it from the learner, the
 * item and the review number makes every interval reproducible (a replay, a
 * preview and a test all get the same one).
 */
export function fuzzKeyFor(userId: string, itemId: string): string {
  return `${userId}/${itemId}`;
}

/** The seed string of review number `reviewNumber` (1 for the first) of the item with this key. */
export function fuzzSeed(fuzzKey: string, reviewNumber: number): string {
  return `${fuzzKey}:${reviewNumber}`;
}

/** The fuzz factor in [0, 1) for a seed string: where in the allowed range the interval lands. */
export function fuzzFactorOfSeed(seed: string): number {
  return seededRandom(deriveSeed(0, seed))();
}

/** The fuzz factor of review number `reviewNumber` of the item with this key. */
export function fuzzFactor(fuzzKey: string, reviewNumber: number): number {
  return fuzzFactorOfSeed(fuzzSeed(fuzzKey, reviewNumber));
}

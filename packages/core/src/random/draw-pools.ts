import type { DrawPool } from "@quizdeck/content/schema";
import { seededShuffle } from "./seeded-shuffle.ts";

/**
 * The questions one attempt gets from a set's pools: `count` from each pool,
 * chosen by the attempt's seed (so the same seed always draws the same), in
 * pool order. Storing the result with the attempt lets it be reviewed and
 * graded exactly however the pools change later.
 */
export function drawFromPools(pools: readonly DrawPool[], seed: number): string[] {
  return pools.flatMap((pool, index) =>
    seededShuffle(pool.questionIds, seed + index).slice(0, pool.count),
  );
}

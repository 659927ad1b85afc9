import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deriveSeed, seededShuffle } from "./seeded-shuffle.ts";

describe("seededShuffle", () => {
  it("is a permutation and repeats for the same seed", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const once = seededShuffle(items, seed);
        expect(seededShuffle(items, seed)).toEqual(once);
        expect([...once].sort()).toEqual([...items].sort());
      }),
    );
  });

  it("gives different orders for different seeds", () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    const orders = new Set([1, 2, 3, 4, 5].map((seed) => seededShuffle(items, seed).join(",")));
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe("deriveSeed", () => {
  it("differs per key and repeats per key", () => {
    expect(deriveSeed(42, "q-a")).toBe(deriveSeed(42, "q-a"));
    expect(deriveSeed(42, "q-a")).not.toBe(deriveSeed(42, "q-b"));
  });
});

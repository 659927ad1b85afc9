import { describe, expect, it } from "vitest";
import { drawFromPools } from "./draw-pools.ts";

const pools = [
  { title: "Actors", questionIds: ["q-a1", "q-a2", "q-a3", "q-a4"], count: 2 },
  { title: "Claims", questionIds: ["q-c1", "q-c2", "q-c3"], count: 1 },
];

describe("drawFromPools", () => {
  it("draws the count of each pool, in pool order, the same for the same seed", () => {
    const drawn = drawFromPools(pools, 7);
    expect(drawn).toHaveLength(3);
    expect(drawn.slice(0, 2).every((id) => id.startsWith("q-a"))).toBe(true);
    expect(drawn[2]?.startsWith("q-c")).toBe(true);
    expect(new Set(drawn).size).toBe(3);
    expect(drawFromPools(pools, 7)).toEqual(drawn);
  });

  it("gives different students different questions", () => {
    const draws = new Set(
      Array.from({ length: 20 }, (_, seed) => drawFromPools(pools, seed).join()),
    );
    expect(draws.size).toBeGreaterThan(1);
  });
});

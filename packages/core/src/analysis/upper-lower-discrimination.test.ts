import { describe, expect, it } from "vitest";
import { upperLowerDiscrimination, upperLowerGroupSize } from "./upper-lower-discrimination.ts";

const examinees = (rows: [total: number, itemScore: number][]) =>
  rows.map(([total, itemScore]) => ({ total, itemScore }));

describe("upperLowerGroupSize", () => {
  it("is round(0.27 n), at least 1", () => {
    expect([0, 1, 2, 3, 4, 5, 10, 30, 100, 1000].map(upperLowerGroupSize)).toEqual([
      0, 1, 1, 1, 1, 1, 3, 8, 27, 270,
    ]);
  });
});

describe("upperLowerDiscrimination", () => {
  it("compares the top and bottom groups (no ties)", () => {
    // n = 4 → k = 1: top total 0.9 (item 1) against bottom total 0.1 (item 0) → D = 1.
    const result = upperLowerDiscrimination(
      examinees([
        [0.5, 0],
        [0.9, 1],
        [0.1, 0],
        [0.6, 1],
      ]),
    );
    expect(result).toEqual({ groupSize: 1, upperMean: 1, lowerMean: 0, index: 1 });
  });

  it("shares the boundary places among tied examinees", () => {
    // n = 8 → k = round(2.16) = 2. Totals 8 7 7 7 | 3 2 1 1.
    // Upper: the 8 in full, then three 7s for one place (⅓ each):
    //   (1 + ⅓·(1 + 0 + 0)) / 2 = 2/3.
    // Lower: the two 1s in full: (0 + 1) / 2 = 1/2. D = 2/3 − 1/2 = 1/6.
    const result = upperLowerDiscrimination(
      examinees([
        [7, 1],
        [8, 1],
        [7, 0],
        [1, 0],
        [3, 1],
        [7, 0],
        [2, 0],
        [1, 1],
      ]),
    );
    expect(result?.upperMean).toBeCloseTo(2 / 3, 12);
    expect(result?.lowerMean).toBe(0.5);
    expect(result?.index).toBeCloseTo(1 / 6, 12);
  });

  it("gives exactly 0 when every total is equal, and null for no examinees", () => {
    const equal = examinees([
      [0.7, 0.1],
      [0.7, 0.2],
      [0.7, 0.7],
      [0.7, 1],
    ]);
    expect(upperLowerDiscrimination(equal)?.index).toBe(0);
    expect(upperLowerDiscrimination([])).toBeNull();
  });
});

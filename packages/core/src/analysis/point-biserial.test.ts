import { describe, expect, it } from "vitest";
import { pointBiserial } from "./point-biserial.ts";

const pairs = (items: number[], rests: number[]) =>
  items.map((itemScore, index) => ({ itemScore, restScore: rests[index] ?? 0 }));

describe("pointBiserial", () => {
  it("matches the point-biserial formula on a 0/1 item (hand-worked)", () => {
    // x = 1 1 1 0 0, y = 4 3 2 2 0.
    // M₁ = 3, M₀ = 1, p = 0.6, q = 0.4; ȳ = 2.2,
    // s_y² = (1.8² + 0.8² + 0.2² + 0.2² + 2.2²) / 5 = (3.24 + .64 + .04 + .04 + 4.84) / 5 = 1.76
    // r = (3 − 1) / √1.76 · √0.24 = 2 · 0.489898 / 1.326650 = 0.738549
    const r = pointBiserial(pairs([1, 1, 1, 0, 0], [4, 3, 2, 2, 0]));
    expect(r).toBeCloseTo(((3 - 1) / Math.sqrt(1.76)) * Math.sqrt(0.24), 12);
    expect(r).toBeCloseTo(0.738549, 6);
  });

  it("is ±1 on a perfect line and symmetric in sign", () => {
    expect(pointBiserial(pairs([0, 0.5, 1], [1, 2, 3]))).toBeCloseTo(1, 12);
    expect(pointBiserial(pairs([0, 0.5, 1], [3, 2, 1]))).toBeCloseTo(-1, 12);
  });

  it("is null with fewer than two examinees or zero variance", () => {
    expect(pointBiserial([])).toBeNull();
    expect(pointBiserial(pairs([1], [2]))).toBeNull();
    // 0.1 three times: the float mean is not exactly 0.1, still zero variance.
    expect(pointBiserial(pairs([0.1, 0.1, 0.1], [1, 2, 3]))).toBeNull();
    expect(pointBiserial(pairs([0, 1, 1], [2, 2, 2]))).toBeNull();
  });
});

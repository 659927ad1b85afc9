import { describe, expect, it } from "vitest";
import { bands, labelledIndexes, labelStride, linearScale, niceTicks } from "./scale";
import { wrapLabel } from "./wrap-label";

describe("niceTicks", () => {
  it("steps by 1, 2 or 5 times a power of ten up to a value at or above the max", () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(10)).toEqual([0, 5, 10]);
    expect(niceTicks(23)).toEqual([0, 10, 20, 30]);
    expect(niceTicks(140)).toEqual([0, 50, 100, 150]);
  });

  it("allows fractional steps when asked", () => {
    expect(niceTicks(0.9, 4, false)).toEqual([0, 0.5, 1]);
    expect(niceTicks(0.3, 3, false)).toEqual([0, 0.1, 0.2, 0.3]);
  });
});

describe("linearScale", () => {
  it("maps the domain onto the range, also upside down for SVG's y axis", () => {
    const y = linearScale(10, 100, 0);
    expect(y(0)).toBe(100);
    expect(y(5)).toBe(50);
    expect(y(10)).toBe(0);
    expect(y(20)).toBe(0); // clamped
    expect(y(-1)).toBe(100);
    expect(linearScale(0, 0, 50)(0)).toBe(0);
  });
});

describe("bands", () => {
  it("centres a bar in each equal band", () => {
    expect(bands(2, 10, 100, 0.2)).toEqual([
      { x: 15, width: 40, center: 35 },
      { x: 65, width: 40, center: 85 },
    ]);
    expect(bands(0, 0, 100)).toEqual([]);
  });
});

describe("label thinning", () => {
  it("labels every k-th category, always including the last", () => {
    expect(labelStride(56, 8)).toBe(7);
    expect(labelStride(5, 8)).toBe(1);
    expect([...labelledIndexes(15, 3)].sort((a, b) => a - b)).toEqual([4, 9, 14]);
    expect([...labelledIndexes(3, 10)].sort((a, b) => a - b)).toEqual([0, 1, 2]);
    expect([...labelledIndexes(14, 5, "start")].sort((a, b) => a - b)).toEqual([0, 3, 6, 9, 12]);
  });
});

describe("wrapLabel", () => {
  it("breaks at spaces within the width and keeps long words whole", () => {
    expect(wrapLabel("Institute of World Economy and International Relations", 40)).toEqual([
      "Institute of World Economy and",
      "International Relations",
    ]);
    expect(wrapLabel("NATO", 40)).toEqual(["NATO"]);
    expect(wrapLabel("a verylongword b", 5)).toEqual(["a", "verylongword", "b"]);
    expect(wrapLabel("", 5)).toEqual([""]);
  });
});

import { describe, expect, it } from "vitest";
import {
  examineesNeeded,
  ITEM_FLAGS,
  itemFlags,
  MIN_EXAMINEES_FOR_FLAGS,
  NOT_DISCRIMINATING_BELOW,
  TOO_EASY_ABOVE,
  TOO_HARD_BELOW,
} from "./item-flags.ts";

const flags = (facility: number | null, discrimination: number | null, presented = 10) =>
  itemFlags({ facility, discrimination, presented });

describe("itemFlags", () => {
  it("uses the named thresholds", () => {
    expect([TOO_EASY_ABOVE, TOO_HARD_BELOW, NOT_DISCRIMINATING_BELOW]).toEqual([0.9, 0.3, 0.2]);
    expect(MIN_EXAMINEES_FOR_FLAGS).toBe(10);
    expect(ITEM_FLAGS).toHaveLength(4);
  });

  it("flags facility strictly beyond the thresholds", () => {
    expect(flags(0.9, 0.5)).toEqual([]);
    expect(flags(9 / 10, 0.5)).toEqual([]);
    expect(flags(0.91, 0.5)).toEqual(["too-easy"]);
    expect(flags(0.3, 0.5)).toEqual([]);
    expect(flags(0.29, 0.5)).toEqual(["too-hard"]);
  });

  it("flags D below 0.2, or below 0, from 10 examinees", () => {
    expect(flags(0.5, 0.2)).toEqual([]);
    expect(flags(0.5, 1 - 0.8)).toEqual([]); // 0.19999999999999996 reads as 0.2
    expect(flags(0.5, 0.19)).toEqual(["not-discriminating"]);
    expect(flags(0.5, 0)).toEqual(["not-discriminating"]);
    expect(flags(0.5, -0.01)).toEqual(["negative-discrimination"]);
    expect(flags(0.5, -0.5, 9)).toEqual([]);
    expect(flags(0.95, -0.5, 40)).toEqual(["too-easy", "negative-discrimination"]);
  });

  it("flags nothing below 10 examinees, not even facility, and says how many more are needed", () => {
    expect(flags(null, null, 0)).toEqual([]);
    expect(flags(1, 0, 1)).toEqual([]);
    expect(flags(0, 0, 9)).toEqual([]);
    expect(flags(0, 0, 10)).toEqual(["too-hard", "not-discriminating"]);
    expect([0, 1, 9, 10, 40].map(examineesNeeded)).toEqual([10, 9, 1, 0, 0]);
  });
});

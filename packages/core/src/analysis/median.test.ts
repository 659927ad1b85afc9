import { describe, expect, it } from "vitest";
import { median } from "./median.ts";

describe("median", () => {
  it("takes the middle value of an odd count, whatever the input order", () => {
    expect(median([300, 100, 200])).toBe(200);
    expect(median([7])).toBe(7);
  });

  it("takes the mean of the two middle values of an even count", () => {
    // sorted 100 200 300 400 → (200 + 300) / 2
    expect(median([400, 100, 300, 200])).toBe(250);
    expect(median([5, 5])).toBe(5);
  });

  it("is null for no values and leaves its input alone", () => {
    expect(median([])).toBeNull();
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

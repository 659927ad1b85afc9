import { describe, expect, it } from "vitest";
import { hasStudied, newMemory, scheduleReview } from "../scheduling/index.ts";
import { predictedRecall, reachesThreshold } from "./studied-recall.ts";

const NOW = new Date("2026-03-16T09:00:00Z");

describe("studied recall", () => {
  it("counts an item as studied once reviewed", () => {
    const reviewed = scheduleReview(newMemory(NOW), 3, NOW).next;
    expect(hasStudied(undefined)).toBe(false);
    expect(hasStudied(newMemory(NOW))).toBe(false);
    expect(hasStudied(reviewed)).toBe(true);
    expect(predictedRecall(undefined, true, NOW)).toBe(0);
    expect(predictedRecall(reviewed, true, NOW)).toBe(1);
  });

  it("counts an item never recalled as 0", () => {
    const failed = scheduleReview(newMemory(NOW), 1, NOW).next;
    expect(predictedRecall(failed, false, NOW)).toBe(0);
  });

  it("compares against a threshold without float noise", () => {
    expect(1 - 0.9 < 0.1).toBe(true); // 0.09999999999999998
    expect(reachesThreshold(1 - 0.9, 0.1)).toBe(true);
    expect(reachesThreshold(0.0999, 0.1)).toBe(false);
  });
});

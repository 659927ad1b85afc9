import { describe, expect, it } from "vitest";
import { hasStudied, type MemorySnapshot } from "../scheduling/index.ts";
import { topicMastery } from "./topic-mastery.ts";

const DAY = 86_400_000;
const T0 = new Date("2026-03-01T09:00:00Z");
const at = (days: number) => new Date(T0.getTime() + days * DAY);

/** A reviewed item: FSRS stability S days, last reviewed `daysAgo` before NOW. */
function reviewed(stability: number, lastReview: Date): MemorySnapshot {
  return {
    state: "review",
    due: new Date(lastReview.getTime() + stability * DAY),
    stability,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: stability,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    lastReview,
  };
}

const NOW = at(10);

describe("topicMastery", () => {
  // FSRS's forgetting curve is scaled so that recall is exactly 90% when the
  // time since the last review equals the stability, and 100% right after it.
  const items = [
    { id: "q-a", tags: ["narcotics", "csto"] },
    { id: "q-b", tags: ["narcotics"] },
    { id: "c-c", tags: ["narcotics", "narcotics"] }, // a repeated tag counts once
    { id: "c-d", tags: ["csto"] },
  ];
  const memories = new Map<string, MemorySnapshot>([
    ["q-a", reviewed(10, T0)], // 10 days after the review, stability 10 → R = 0.9
    ["q-b", reviewed(4, NOW)], // reviewed just now → R = 1
    ["c-d", { ...reviewed(3, T0), state: "new", lastReview: null }], // never reviewed
    ["c-retired", reviewed(1, T0)], // not in the bank any more: ignored
  ]);

  it("averages recall over the met items and counts the rest (hand-worked)", () => {
    const result = topicMastery(items, memories, NOW);
    expect(result.map((entry) => entry.tag)).toEqual(["narcotics", "csto"]);
    const [narcotics, csto] = result;
    // narcotics: q-a 0.9, q-b 1 met; c-c not met → mean (0.9 + 1) / 2 = 0.95
    expect(narcotics).toMatchObject({ tag: "narcotics", items: 3, met: 2, notMet: 1 });
    expect(narcotics?.meanRetrievability).toBeCloseTo(0.95, 6);
    // csto: q-a 0.9 met; c-d has a memory row but was never reviewed → not met
    expect(csto).toMatchObject({ tag: "csto", items: 2, met: 1, notMet: 1 });
    expect(csto?.meanRetrievability).toBeCloseTo(0.9, 6);
  });

  it("lowers recall as time passes without review", () => {
    const later = topicMastery(items, memories, at(30));
    const narcotics = later.find((entry) => entry.tag === "narcotics");
    // Both are now 30 and 20 days past their reviews: each below 0.9.
    expect(narcotics?.meanRetrievability).toBeLessThan(0.9);
    expect(narcotics?.meanRetrievability).toBeGreaterThan(0);
  });

  it("reports the requested tags in order, with null when nothing is met", () => {
    const result = topicMastery(items, new Map(), NOW, ["csto", "sourcing", "narcotics"]);
    expect(result).toEqual([
      { tag: "csto", items: 2, met: 0, notMet: 2, meanRetrievability: null },
      { tag: "sourcing", items: 0, met: 0, notMet: 0, meanRetrievability: null },
      { tag: "narcotics", items: 3, met: 0, notMet: 3, meanRetrievability: null },
    ]);
  });

  it("counts an item listed twice once", () => {
    const twice = { id: "q-a", tags: ["csto"] };
    const [only] = topicMastery([twice, twice], memories, NOW, ["csto"]);
    expect(only).toMatchObject({ items: 1, met: 1, notMet: 0 });
  });

  it("treats a memory as met only once it has been reviewed", () => {
    expect(hasStudied(undefined)).toBe(false);
    expect(hasStudied(reviewed(1, T0))).toBe(true);
    expect(hasStudied({ ...reviewed(1, T0), state: "new" })).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import {
  type MemorySnapshot,
  newMemory,
  type ReviewRating,
  retrievability,
  scheduleReview,
} from "../scheduling/index.ts";
import { evidencedRecall, itemMastery } from "./item-mastery.ts";
import { topicMastery } from "./topic-mastery.ts";

const DAY = 86_400_000;
const T0 = new Date("2026-03-01T09:00:00Z");
const at = (days: number) => new Date(T0.getTime() + days * DAY);
const NOW = at(10);
const WEEK = 7;

/** A reviewed item: FSRS stability S days, last reviewed at `lastReview`. */
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

/** An item met once at `when` with `rating`, as the app would store it. */
const metOnce = (rating: ReviewRating, when: Date): MemorySnapshot =>
  scheduleReview(newMemory(when), rating, when).next;

describe("itemMastery", () => {
  it("looks a week ahead, so an item answered just now is not 100%", () => {
    const right = metOnce(3, NOW);
    expect(retrievability(right, NOW)).toBe(1); // what the page used to show
    const mastery = itemMastery(right, true, NOW, WEEK);
    expect(mastery).toBeCloseTo(retrievability(right, at(17)), 12);
    expect(mastery).toBeLessThan(0.85);
    expect(mastery).toBeGreaterThan(0.7);
  });

  it("counts an item never recalled as 0, however recent its review", () => {
    const wrong = metOnce(1, NOW);
    expect(retrievability(wrong, at(17))).toBeGreaterThan(0.5); // FSRS alone would say so
    expect(itemMastery(wrong, false, NOW, WEEK)).toBe(0);
    expect(evidencedRecall(wrong, false, NOW)).toBe(0);
  });

  it("is null for an item never studied", () => {
    expect(itemMastery(undefined, false, NOW, WEEK)).toBeNull();
    expect(itemMastery(newMemory(T0), true, NOW, WEEK)).toBeNull();
  });
});

describe("topicMastery", () => {
  // FSRS's forgetting curve is scaled so that recall is exactly 90% when the
  // time since the last review equals the stability.
  const items = [
    { id: "q-a", tags: ["narcotics", "csto"] },
    { id: "q-b", tags: ["narcotics"] },
    { id: "c-c", tags: ["narcotics", "narcotics"] }, // a repeated tag counts once
    { id: "c-d", tags: ["csto"] },
    { id: "q-e", tags: ["csto"] },
  ];
  const memories = new Map<string, MemorySnapshot>([
    ["q-a", reviewed(17, T0)], // a week from NOW is 17 days after the review: R = 0.9
    ["q-b", reviewed(7, NOW)], // reviewed now, S = 7: R = 0.9 a week from now
    ["c-d", { ...reviewed(3, T0), state: "new", lastReview: null }], // never reviewed
    ["q-e", metOnce(1, NOW)], // answered wrong just now, never right
    ["c-retired", reviewed(1, T0)], // not in the bank any more: ignored
  ]);
  const recalled = new Set(["q-a", "q-b", "c-retired"]);
  const input = { items, memories, recalled, at: NOW, horizonDays: WEEK };

  it("averages mastery over the met items, never-recalled as 0 (hand-worked)", () => {
    const result = topicMastery(input);
    expect(result.map((entry) => entry.tag)).toEqual(["narcotics", "csto"]);
    const [narcotics, csto] = result;
    // narcotics: q-a 0.9, q-b 0.9 met; c-c not met → mean 0.9
    expect(narcotics).toMatchObject({ items: 3, met: 2, notMet: 1, neverRecalled: 0 });
    expect(narcotics?.mastery).toBeCloseTo(0.9, 6);
    // csto: q-a 0.9; q-e met but never recalled → 0; c-d never reviewed → not met.
    expect(csto).toMatchObject({ items: 3, met: 2, notMet: 1, neverRecalled: 1 });
    expect(csto?.mastery).toBeCloseTo(0.45, 6);
  });

  it("reads low right after mostly wrong answers", () => {
    const quiz = ["q-1", "q-2", "q-3", "q-4"].map((id) => ({ id, tags: ["topic"] }));
    const answers = new Map([
      ["q-1", metOnce(3, NOW)],
      ["q-2", metOnce(1, NOW)],
      ["q-3", metOnce(1, NOW)],
      ["q-4", metOnce(1, NOW)],
    ]);
    const [topic] = topicMastery({
      items: quiz,
      memories: answers,
      recalled: new Set(["q-1"]),
      at: NOW,
      horizonDays: WEEK,
    });
    // One right (≈ 0.81 in a week), three wrong (0): about a fifth.
    const right = itemMastery(answers.get("q-1"), true, NOW, WEEK) ?? Number.NaN;
    expect(topic?.mastery).toBeCloseTo(right / 4, 12);
    expect(topic?.mastery).toBeLessThan(0.25);
  });

  it("lowers mastery as time passes without review", () => {
    const later = topicMastery({ ...input, at: at(30) });
    const narcotics = later.find((entry) => entry.tag === "narcotics");
    expect(narcotics?.mastery).toBeLessThan(0.9);
    expect(narcotics?.mastery).toBeGreaterThan(0);
  });

  it("reports the requested tags in order, with null when nothing is met", () => {
    const result = topicMastery({
      ...input,
      memories: new Map(),
      tags: ["csto", "sourcing", "narcotics"],
    });
    expect(result).toEqual([
      { tag: "csto", items: 3, met: 0, notMet: 3, neverRecalled: 0, mastery: null },
      { tag: "sourcing", items: 0, met: 0, notMet: 0, neverRecalled: 0, mastery: null },
      { tag: "narcotics", items: 3, met: 0, notMet: 3, neverRecalled: 0, mastery: null },
    ]);
  });

  it("counts an item listed twice once", () => {
    const twice = { id: "q-a", tags: ["csto"] };
    const [only] = topicMastery({ ...input, items: [twice, twice], tags: ["csto"] });
    expect(only).toMatchObject({ items: 1, met: 1, notMet: 0 });
  });
});

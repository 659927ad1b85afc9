import { describe, expect, it } from "vitest";
import {
  type MemorySnapshot,
  newMemory,
  type ReviewRating,
  retrievability,
  scheduleReview,
} from "../scheduling/index.ts";
import { retentionGoalProgress } from "./retention-goal.ts";

const DAY = 86_400_000;
const NOW = new Date("2026-03-16T09:00:00Z");
const GOAL_DATE = new Date(NOW.getTime() + 3 * DAY);

/** A card reviewed once today with `rating`, as the app would store it. */
const reviewedToday = (rating: ReviewRating): MemorySnapshot =>
  scheduleReview(newMemory(NOW), rating, NOW).next;

describe("retentionGoalProgress", () => {
  // Goal: keep ≥ 80% predicted recall of c-1 and c-2 until 3 days from now.
  // Cards reviewed today have R = 1 now. Three days on, R ≈ 0.9543 after Easy,
  // 0.8809 after Good, 0.6595 after Again.
  const students = [
    { id: "u-dee", name: "Dee" },
    { id: "u-eli", name: "Eli" },
    { id: "u-fay", name: "Fay" },
    { id: "u-gus", name: "Gus" },
  ];
  const dee = { "c-1": reviewedToday(4), "c-2": reviewedToday(4) };
  const eli = { "c-1": reviewedToday(1), "c-2": reviewedToday(3) };
  const fay = { "c-1": reviewedToday(4) };
  const memories = new Map([
    ["u-dee", new Map(Object.entries(dee))],
    ["u-eli", new Map(Object.entries(eli))],
    ["u-fay", new Map(Object.entries(fay))],
  ]);
  const recalled = new Map([
    ["u-dee", new Set(["c-1", "c-2"])],
    ["u-eli", new Set(["c-1", "c-2"])],
    ["u-fay", new Set(["c-1"])],
  ]);
  const atGoal = (memory: MemorySnapshot) => retrievability(memory, GOAL_DATE);
  const progress = retentionGoalProgress({
    students,
    cardIds: ["c-1", "c-2", "c-1"], // a repeated card counts once
    memories,
    recalled,
    target: 0.8,
    until: GOAL_DATE,
    at: NOW,
  });
  const byName = Object.fromEntries(progress.students.map((entry) => [entry.name, entry]));

  it("checks the curve values the hand-worked numbers rely on", () => {
    expect(atGoal(dee["c-1"])).toBeCloseTo(0.9543, 4);
    expect(atGoal(eli["c-1"])).toBeCloseTo(0.6595, 4);
    expect(atGoal(eli["c-2"])).toBeCloseTo(0.8809, 4);
  });

  it("predicts recall now and at the goal date, unstudied cards counting 0 (hand-worked)", () => {
    // Dee: now (1 + 1) / 2 = 1; at D 0.9543 ≥ 0.8 → on track.
    expect(byName.Dee).toMatchObject({ recallNow: 1, studiedCards: 2, status: "on-track" });
    expect(byName.Dee?.recallAtGoalDate).toBeCloseTo(atGoal(dee["c-1"]), 12);
    // Eli: now 1 ≥ 0.8, at D (0.6595 + 0.8809) / 2 = 0.7702 < 0.8 → at risk.
    expect(byName.Eli).toMatchObject({ recallNow: 1, status: "at-risk" });
    expect(byName.Eli?.recallAtGoalDate).toBeCloseTo(0.7702, 3);
    // Fay: c-2 unstudied → now (1 + 0) / 2 = 0.5 < 0.8 → behind; at D 0.9543 / 2.
    expect(byName.Fay).toMatchObject({ recallNow: 0.5, studiedCards: 1, status: "behind" });
    expect(byName.Fay?.recallAtGoalDate).toBeCloseTo(atGoal(fay["c-1"]) / 2, 12);
    // Gus: nothing studied → 0 and 0 → behind.
    expect(byName.Gus).toMatchObject({ recallNow: 0, recallAtGoalDate: 0, status: "behind" });
  });

  it("puts the students needing attention first and counts each status", () => {
    // behind (lowest recall at D first: Gus 0, Fay 0.48), at risk, on track.
    expect(progress.students.map((entry) => entry.name)).toEqual(["Gus", "Fay", "Eli", "Dee"]);
    expect(progress).toMatchObject({ cards: 2, target: 0.8, onTrack: 1, atRisk: 1, behind: 2 });
  });

  it("counts a card never recalled as 0, even on the day it was failed", () => {
    const failedToday = retentionGoalProgress({
      students: [{ id: "u-eli", name: "Eli" }],
      cardIds: ["c-1"],
      memories,
      recalled: new Map(), // Eli's c-1 was rated Again, and never anything better
      target: 0.8,
      until: GOAL_DATE,
      at: NOW,
    });
    expect(failedToday.students[0]).toMatchObject({
      studiedCards: 1,
      recallNow: 0,
      recallAtGoalDate: 0,
      status: "behind",
    });
  });

  it("counts a recall exactly at the target as reaching it", () => {
    // Dee's recall now is exactly 1.
    const strict = retentionGoalProgress({
      students: students.slice(0, 1),
      cardIds: ["c-1", "c-2"],
      memories,
      recalled,
      target: 1,
      until: NOW,
      at: NOW,
    });
    expect(strict.students[0]?.status).toBe("on-track");
  });

  it("evaluates a goal date already past at the present", () => {
    const past = retentionGoalProgress({
      students,
      cardIds: ["c-1", "c-2"],
      memories,
      recalled,
      target: 0.8,
      until: new Date(NOW.getTime() - 10 * DAY),
      at: NOW,
    });
    for (const entry of past.students) expect(entry.recallAtGoalDate).toBe(entry.recallNow);
    expect(past.students.map((entry) => entry.status)).toEqual([
      "behind",
      "behind",
      "on-track",
      "on-track",
    ]);
  });

  it("treats a goal with no cards as met", () => {
    const none = retentionGoalProgress({
      students,
      cardIds: [],
      memories,
      recalled,
      target: 0.8,
      until: GOAL_DATE,
      at: NOW,
    });
    expect(none.cards).toBe(0);
    expect(none.onTrack).toBe(4);
    expect(none.students.every((entry) => entry.recallNow === 1)).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import {
  type MemorySnapshot,
  newMemory,
  type ReviewRating,
  retrievability,
  scheduleReview,
} from "../scheduling/index.ts";
import { classRecallByTag, FALLING_BEHIND_BELOW } from "./class-recall.ts";

const DAY = 86_400_000;
const T0 = new Date("2026-03-02T09:00:00Z");
// Recall is predicted a week ahead: reviews at T0 are 14 days old at the horizon.
const HORIZON_DAYS = 7;
const NOW = new Date(T0.getTime() + (14 - HORIZON_DAYS) * DAY);
const HORIZON = new Date(NOW.getTime() + HORIZON_DAYS * DAY);

/** A card first reviewed at `when` with `rating`, as the app would store it. */
const reviewedOnce = (rating: ReviewRating, when: Date): MemorySnapshot =>
  scheduleReview(newMemory(when), rating, when).next;

describe("classRecallByTag", () => {
  const items = [
    { itemId: "c-a", tags: ["narcotics", "csto"] },
    { itemId: "c-b", tags: ["narcotics", "narcotics"] }, // a repeated tag counts once
    { itemId: "q-c", tags: ["csto"] },
    { itemId: "c-d", tags: ["nato"] },
  ];
  const students = [
    { id: "u-cas", name: "Cas" },
    { id: "u-ben", name: "Ben" },
    { id: "u-ana", name: "Ana" },
  ];
  const ana = {
    "c-a": reviewedOnce(4, T0), // Easy, 14 days ago:  R ≈ 0.8602
    "c-b": reviewedOnce(3, NOW), // Good, today:        R ≈ 0.8083
    "q-c": reviewedOnce(1, T0), // Again, 14 days ago: R ≈ 0.5244 (recalled before)
  };
  const cas = {
    "c-a": reviewedOnce(3, T0), // Good, 14 days ago:  R ≈ 0.7416
    "c-b": newMemory(T0), // a row, but never reviewed: not studied
    "q-c": reviewedOnce(4, NOW), // Easy, today:        R ≈ 0.9110
    "c-d": reviewedOnce(2, T0), // Hard, 14 days ago:  R ≈ 0.6851
  };
  const memories = new Map([
    ["u-ana", new Map(Object.entries(ana))],
    ["u-cas", new Map(Object.entries(cas))],
    // Ben has studied nothing.
  ]);
  const recalled = new Map([
    ["u-ana", new Set(Object.keys(ana))],
    ["u-cas", new Set(Object.keys(cas))],
  ]);
  const R = (memory: MemorySnapshot) => retrievability(memory, HORIZON);
  const input = { students, items, memories, recalled, at: NOW, horizonDays: HORIZON_DAYS };
  const result = classRecallByTag(input);
  const byTag = Object.fromEntries(result.map((entry) => [entry.tag, entry]));

  it("checks the curve values the hand-worked numbers rely on", () => {
    expect(R(ana["c-a"])).toBeCloseTo(0.8602, 4);
    expect(R(ana["c-b"])).toBeCloseTo(0.8083, 4);
    expect(R(cas["q-c"])).toBeCloseTo(0.911, 3);
    expect(R(ana["q-c"])).toBeCloseTo(0.5244, 4);
    expect(R(cas["c-a"])).toBeCloseTo(0.7416, 4);
    expect(R(cas["c-d"])).toBeCloseTo(0.6851, 4);
  });

  it("averages each student's studied items, counts non-starters as 0 (hand-worked)", () => {
    expect(result.map((entry) => entry.tag)).toEqual(["narcotics", "csto", "nato"]);

    // narcotics (c-a, c-b): Ana (0.8602 + 0.8083) / 2 = 0.8343; Cas c-a only 0.7416;
    // Ben not started 0. Class: (0.8343 + 0.7416 + 0) / 3 = 0.5253.
    const narcotics = byTag.narcotics;
    const anaNarcotics = (R(ana["c-a"]) + R(ana["c-b"])) / 2;
    expect(narcotics?.items).toBe(2);
    expect(narcotics?.classRecall).toBeCloseTo((anaNarcotics + R(cas["c-a"])) / 3, 12);
    expect(narcotics?.classRecall).toBeCloseTo(0.5253, 3);
    expect(narcotics?.students).toEqual([
      {
        studentId: "u-ben",
        name: "Ben",
        recall: 0,
        studiedItems: 0,
        notStarted: true,
        fallingBehind: true,
      },
      {
        studentId: "u-cas",
        name: "Cas",
        recall: R(cas["c-a"]),
        studiedItems: 1,
        notStarted: false,
        fallingBehind: false,
      },
      {
        studentId: "u-ana",
        name: "Ana",
        recall: anaNarcotics,
        studiedItems: 2,
        notStarted: false,
        fallingBehind: false,
      },
    ]);
    expect(narcotics).toMatchObject({ studentsNotStarted: 1, studentsFallingBehind: 1 });
  });

  it("flags students below 0.7 as falling behind and puts them first", () => {
    // csto (c-a, q-c): Ana (0.8602 + 0.5244) / 2 = 0.6923 < 0.7 → falling behind;
    // Cas (0.7416 + 0.9110) / 2 = 0.8263; Ben 0. Class (0.6923 + 0.8263) / 3 = 0.5062.
    const csto = byTag.csto;
    expect(csto?.students.map((entry) => [entry.name, entry.fallingBehind])).toEqual([
      ["Ben", true],
      ["Ana", true],
      ["Cas", false],
    ]);
    expect(csto?.students[1]?.recall).toBeCloseTo(0.6923, 3);
    expect(csto?.classRecall).toBeCloseTo(0.5062, 3);
    expect(csto).toMatchObject({ studentsNotStarted: 1, studentsFallingBehind: 2 });
  });

  it("orders students tied at 0 by name, and honours another threshold", () => {
    // nato (c-d): Cas 0.6851; Ana and Ben not started (0, by name).
    expect(byTag.nato?.students.map((entry) => entry.name)).toEqual(["Ana", "Ben", "Cas"]);
    expect(byTag.nato?.classRecall).toBeCloseTo(R(cas["c-d"]) / 3, 12);
    expect(FALLING_BEHIND_BELOW).toBe(0.7);
    const lenient = classRecallByTag({ ...input, fallingBehindBelow: 0.6 });
    expect(lenient.find((entry) => entry.tag === "nato")?.studentsFallingBehind).toBe(2);
  });

  it("counts an item a student has never recalled as 0", () => {
    // Ana's q-c was rated Again and never recalled: csto is c-a only → (0.8602 + 0) / 2.
    const strict = classRecallByTag({
      ...input,
      recalled: new Map([...recalled, ["u-ana", new Set(["c-a", "c-b"])]]),
    });
    const anaCsto = strict
      .find((entry) => entry.tag === "csto")
      ?.students.find((entry) => entry.name === "Ana");
    expect(anaCsto?.recall).toBeCloseTo(R(ana["c-a"]) / 2, 12);
    expect(anaCsto?.studiedItems).toBe(2);
  });

  it("gives a null class value for an empty class", () => {
    const empty = classRecallByTag({ ...input, students: [] });
    expect(empty.map((entry) => [entry.tag, entry.classRecall, entry.students])).toEqual([
      ["narcotics", null, []],
      ["csto", null, []],
      ["nato", null, []],
    ]);
    expect(classRecallByTag({ ...input, items: [] })).toEqual([]);
  });

  it("lowers the class value as time passes without review", () => {
    const later = classRecallByTag({ ...input, at: new Date(NOW.getTime() + 30 * DAY) });
    const [narcoticsNow, narcoticsLater] = [result[0], later[0]];
    expect(narcoticsLater?.classRecall).toBeLessThan(narcoticsNow?.classRecall ?? 0);
  });
});

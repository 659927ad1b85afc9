import { describe, expect, it } from "vitest";
import { studyStreak } from "./study-streak.ts";

describe("studyStreak", () => {
  it("counts consecutive days back from today", () => {
    expect(studyStreak(new Set(["2026-03-01", "2026-03-02", "2026-03-03"]), "2026-03-03")).toBe(3);
  });

  it("keeps yesterday's streak alive until today is over", () => {
    expect(studyStreak(new Set(["2026-03-01", "2026-03-02"]), "2026-03-03")).toBe(2);
  });

  it("stops at the first gap, across a month end", () => {
    expect(studyStreak(new Set(["2026-02-26", "2026-02-28", "2026-03-01"]), "2026-03-01")).toBe(2);
    expect(studyStreak(new Set(["2026-02-20"]), "2026-03-01")).toBe(0);
  });
});

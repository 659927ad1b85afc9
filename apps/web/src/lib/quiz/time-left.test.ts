import { describe, expect, it } from "vitest";
import {
  deadlineKind,
  formatDueIn,
  formatRemaining,
  spokenDueIn,
  spokenRemaining,
  thresholdCrossed,
} from "./time-left";

describe("time left", () => {
  it("formats the countdown", () => {
    expect(formatRemaining(0)).toBe("0:00");
    expect(formatRemaining(-5_000)).toBe("0:00");
    expect(formatRemaining(7_001)).toBe("0:08");
    expect(formatRemaining(12 * 60_000 + 4_000)).toBe("12:04");
    expect(formatRemaining(3_600_000 + 5 * 60_000 + 9_000)).toBe("1:05:09");
    expect(spokenRemaining(61_000)).toBe("1 minute 1 second");
    expect(spokenRemaining(120_000)).toBe("2 minutes");
    expect(spokenRemaining(0)).toBe("0 seconds");
  });

  it("announces 5 minutes and 1 minute once each, when crossed", () => {
    expect(thresholdCrossed(300_500, 299_500)).toBe("5 minutes left");
    expect(thresholdCrossed(299_500, 298_500)).toBeNull();
    expect(thresholdCrossed(60_400, 59_400)).toBe("1 minute left");
    expect(thresholdCrossed(59_400, 58_400)).toBeNull();
    expect(thresholdCrossed(1_000, 0)).toBeNull();
  });
});

describe("time to a due date", () => {
  const MINUTE = 60_000;
  const HOUR = 60 * MINUTE;
  const DAY = 24 * HOUR;

  it("reads in days while two or more are left, then hours and minutes", () => {
    // The walk-through's 165:33:54.
    expect(formatDueIn(165 * HOUR + 33 * MINUTE + 54_000)).toBe("in 6 days");
    expect(formatDueIn(2 * DAY)).toBe("in 2 days");
    expect(formatDueIn(2 * DAY - 1)).toBe("in 1 day 23 h");
    expect(formatDueIn(DAY + 4 * HOUR + 59 * MINUTE)).toBe("in 1 day 4 h");
    expect(formatDueIn(5 * HOUR + 12 * MINUTE + 30_000)).toBe("in 5 h 12 min");
    expect(formatDueIn(12 * MINUTE + 59_000)).toBe("in 12 min");
    expect(formatDueIn(59_000)).toBe("in less than a minute");
    expect(formatDueIn(-1)).toBe("in less than a minute");
  });

  it("says the units in full to a screen reader", () => {
    expect(spokenDueIn(5 * HOUR + MINUTE)).toBe("in 5 hours 1 minute");
    expect(spokenDueIn(DAY + HOUR)).toBe("in 1 day 1 hour");
    expect(spokenDueIn(3 * DAY)).toBe("in 3 days");
  });

  it("tells a due time from a time limit", () => {
    const due = new Date("2026-03-08T17:00:00Z");
    expect(deadlineKind({ deadlineAt: null, release: null })).toBeNull();
    expect(deadlineKind({ deadlineAt: due, release: { dueAt: due } })).toBe("due");
    expect(
      deadlineKind({ deadlineAt: new Date("2026-03-01T10:30:00Z"), release: { dueAt: due } }),
    ).toBe("time-limit");
    expect(deadlineKind({ deadlineAt: due, release: { dueAt: null } })).toBe("time-limit");
  });
});

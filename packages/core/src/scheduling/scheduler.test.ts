import { describe, expect, it } from "vitest";
import { formatInterval, formatScheduledInterval } from "./format-interval.ts";
import { InvalidMemoryModelError } from "./memory-model.ts";
import type { MemorySnapshot } from "./memory-snapshot.ts";
import { ratingFromQuizScore } from "./rating-from-quiz-score.ts";
import {
  newMemory,
  previewNextDue,
  previewReviews,
  retrievability,
  scheduleReview,
} from "./scheduler.ts";
import { fuzzKeyFor } from "./seeded-fuzz.ts";

const now = new Date("2026-01-05T09:00:00Z");
const DAY = 86_400_000;

describe("scheduleReview", () => {
  it("moves a new item into learning and counts the review", () => {
    const { next } = scheduleReview(newMemory(now), 3, now);
    expect(next.state).not.toBe("new");
    expect(next.reps).toBe(1);
    expect(next.lastReview).toEqual(now);
    expect(next.due.getTime()).toBeGreaterThan(now.getTime());
  });

  it("gives longer intervals for better ratings", () => {
    const memory = scheduleReview(newMemory(now), 3, now).next;
    const later = new Date(memory.due.getTime());
    const due = previewNextDue(memory, later);
    expect(due[1].getTime()).toBeLessThan(due[2].getTime());
    expect(due[2].getTime()).toBeLessThanOrEqual(due[3].getTime());
    expect(due[3].getTime()).toBeLessThan(due[4].getTime());
  });

  it("counts a lapse when a review item is forgotten", () => {
    let memory = newMemory(now);
    let at = now;
    for (let i = 0; i < 4; i++) {
      memory = scheduleReview(memory, 3, at).next;
      at = memory.due;
    }
    expect(memory.state).toBe("review");
    const forgotten = scheduleReview(memory, 1, at).next;
    expect(forgotten.lapses).toBe(memory.lapses + 1);
    expect(forgotten.state).toBe("relearning");
  });

  it("replays to the same result for the same history", () => {
    const a = scheduleReview(
      scheduleReview(newMemory(now), 3, now).next,
      3,
      new Date(now.getTime() + 3 * DAY),
    );
    const b = scheduleReview(
      scheduleReview(newMemory(now), 3, now).next,
      3,
      new Date(now.getTime() + 3 * DAY),
    );
    expect(a).toEqual(b);
  });
});

/** An item learnt with Good ratings until it is in review, each review when due. */
function reviewed(times: number, options: Parameters<typeof scheduleReview>[3] = {}) {
  let memory: MemorySnapshot = newMemory(now);
  let at = now;
  for (let i = 0; i < times; i++) {
    memory = scheduleReview(memory, 3, at, options).next;
    at = new Date(memory.due.getTime() + 2 * 3_600_000);
  }
  return { memory, at };
}

describe("scheduleReview in the learner's days", () => {
  it("counts 04:30 and 06:00 in Almaty as the same day, though UTC's dates differ", () => {
    const almaty = { timeZone: "Asia/Almaty" };
    const first = scheduleReview(newMemory(now), 3, new Date("2026-03-10T23:30:00Z"), almaty);
    const second = scheduleReview(first.next, 3, new Date("2026-03-11T01:00:00Z"), almaty);
    expect(second.elapsedDays).toBe(0);
    // On UTC days (a UTC learner, rolling over at midnight) they are a day apart.
    const utc = { timeZone: "UTC", rolloverHour: 0 };
    const firstUtc = scheduleReview(newMemory(now), 3, new Date("2026-03-10T23:30:00Z"), utc);
    expect(
      scheduleReview(firstUtc.next, 3, new Date("2026-03-11T01:00:00Z"), utc).elapsedDays,
    ).toBe(1);
  });

  it("makes an item due when its learner day begins, and labels that in days", () => {
    const losAngeles = { timeZone: "America/Los_Angeles" };
    // 22:40, 22:45 and 23:00 on 30 June, UTC−7: Again, then Good twice to graduate.
    const first = scheduleReview(newMemory(now), 1, new Date("2026-07-01T05:40:00Z"), losAngeles);
    const second = scheduleReview(first.next, 3, new Date("2026-07-01T05:45:00Z"), losAngeles);
    const lateEvening = new Date("2026-07-01T06:00:00Z");
    const preview = previewReviews(second.next, lateEvening, losAngeles);
    const result = scheduleReview(second.next, 3, lateEvening, losAngeles);
    expect(result.scheduledDays).toBe(1);
    // Due when 1 July begins for the learner: 04:00 local, 11:00Z, five hours later.
    expect(result.next.due.toISOString()).toBe("2026-07-01T11:00:00.000Z");
    expect(formatInterval(lateEvening, result.next.due)).toBe("5h");
    expect(formatScheduledInterval(lateEvening, preview[3])).toBe("1d");
    const step = { due: new Date(lateEvening.getTime() + 600_000), scheduledDays: 0 };
    expect(formatScheduledInterval(lateEvening, step)).toBe("10m");
  });

  it("previews exactly what a review then does", () => {
    const options = { timeZone: "Asia/Almaty", fuzzKey: fuzzKeyFor("u1", "q-7") };
    const { memory, at } = reviewed(4, options);
    const preview = previewReviews(memory, at, options);
    for (const rating of [1, 2, 3, 4] as const) {
      const result = scheduleReview(memory, rating, at, options);
      expect(preview[rating]).toEqual({
        due: result.next.due,
        scheduledDays: result.scheduledDays,
      });
    }
  });

  it("fuzzes reproducibly per learner and item", () => {
    const intervalFor = (fuzzKey: string) => {
      const { memory, at } = reviewed(5, { fuzzKey });
      return scheduleReview(memory, 3, at, { fuzzKey }).scheduledDays;
    };
    const keys = Array.from({ length: 40 }, (_, i) => fuzzKeyFor(`student-${i}`, "card-1"));
    const intervals = keys.map(intervalFor);
    expect(keys.map(intervalFor)).toEqual(intervals);
    expect(new Set(intervals).size).toBeGreaterThan(2);
  });

  it("schedules sooner for a higher desired retention, and refuses a model it cannot run", () => {
    const { memory, at } = reviewed(4);
    const at80 = scheduleReview(memory, 3, at, { desiredRetention: 0.8 }).scheduledDays;
    const at95 = scheduleReview(memory, 3, at, { desiredRetention: 0.95 }).scheduledDays;
    expect(at95).toBeLessThan(at80);
    expect(() => scheduleReview(memory, 3, at, { desiredRetention: 0.5 })).toThrow(
      InvalidMemoryModelError,
    );
    expect(() => scheduleReview(memory, 3, at, { weights: [1, 2, 3] })).toThrow(/21 weights/);
    expect(() =>
      scheduleReview(memory, 3, at, { weights: Array.from({ length: 21 }, () => Number.NaN) }),
    ).toThrow(/finite/);
    expect(() => scheduleReview(memory, 3, at, { timeZone: "Nowhere/Else" })).toThrow(
      /Unknown time zone/,
    );
  });
});

describe("retrievability", () => {
  it("is 0 for an item never reviewed and falls with time after a review", () => {
    expect(retrievability(newMemory(now), now)).toBe(0);
    const memory = scheduleReview(newMemory(now), 3, now).next;
    const soon = retrievability(memory, new Date(now.getTime() + DAY));
    const late = retrievability(memory, new Date(now.getTime() + 60 * DAY));
    expect(soon).toBeGreaterThan(late);
    expect(soon).toBeLessThanOrEqual(1);
    expect(late).toBeGreaterThan(0);
  });

  it("counts whole learner days, as scheduling does: 1 until the day rolls over", () => {
    const almaty = { timeZone: "Asia/Almaty" };
    const memory = scheduleReview(newMemory(now), 3, new Date("2026-03-10T16:00:00Z"), almaty).next;
    // 21:00 local, then 03:00 local the next calendar day: still the same learner day.
    expect(retrievability(memory, new Date("2026-03-10T22:00:00Z"), almaty)).toBe(1);
    expect(retrievability(memory, new Date("2026-03-10T23:30:00Z"), almaty)).toBeLessThan(1);
  });
});

describe("ratingFromQuizScore", () => {
  it("maps full, partial and poor answers to Good, Hard and Again", () => {
    expect(ratingFromQuizScore(1)).toBe(3);
    expect(ratingFromQuizScore(0.5)).toBe(2);
    expect(ratingFromQuizScore(0.49)).toBe(1);
    expect(ratingFromQuizScore(0)).toBe(1);
  });
});

describe("formatInterval", () => {
  it("uses the largest unit that reads naturally", () => {
    const at = (ms: number) => new Date(now.getTime() + ms);
    expect(formatInterval(now, at(10 * 60_000))).toBe("10m");
    expect(formatInterval(now, at(3 * 3_600_000))).toBe("3h");
    expect(formatInterval(now, at(4 * DAY))).toBe("4d");
    expect(formatInterval(now, at(60 * DAY))).toBe("2mo");
    expect(formatInterval(now, at(548 * DAY))).toBe("1.5y");
  });
});

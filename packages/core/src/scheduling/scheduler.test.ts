import { describe, expect, it } from "vitest";
import { formatInterval } from "./format-interval.ts";
import { ratingFromQuizScore } from "./rating-from-quiz-score.ts";
import { newMemory, previewNextDue, retrievability, scheduleReview } from "./scheduler.ts";

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

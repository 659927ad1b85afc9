import { describe, expect, it } from "vitest";
import { type MemorySnapshot, newMemory, scheduleReview } from "../scheduling/index.ts";
import { forecastWorkload, InvalidForecastError } from "./workload-forecast.ts";

const NOW = new Date("2026-03-10T10:00:00Z");
const DAY = 86_400_000;
const almaty = { timeZone: "Asia/Almaty" };

/** An item reviewed Easy on `daysAgo`, in review since, due on some later day. */
function easyItem(daysAgo: number, options = almaty): MemorySnapshot {
  const at = new Date(NOW.getTime() - daysAgo * DAY);
  return scheduleReview(newMemory(at), 4, at, options).next;
}

describe("forecastWorkload", () => {
  it("counts an item on the learner day it falls due, and only then until its next interval", () => {
    const item = easyItem(0);
    const forecast = forecastWorkload({ memories: [item], now: NOW, scheduling: almaty, days: 10 });
    const dueIndex = forecast.findIndex((day) => day.expectedReviews > 0);
    // Due when its learner day begins in Almaty: that day's key is the due date's.
    expect(forecast[dueIndex]?.dayKey).toBe(
      new Date(item.due.getTime() + 5 * 3_600_000).toISOString().slice(0, 10),
    );
    expect(forecast[dueIndex]?.expectedReviews).toBeGreaterThanOrEqual(1);
    expect(forecast.slice(0, dueIndex).every((day) => day.expectedReviews === 0)).toBe(true);
    expect(forecast[0]?.dayKey).toBe("2026-03-10");
  });

  it("puts overdue items on today, and two reviews per new item on each day new items are learnt", () => {
    const overdue = { ...easyItem(40), due: new Date(NOW.getTime() - 20 * DAY) };
    const [today] = forecastWorkload({ memories: [overdue], now: NOW, days: 1 });
    expect(today?.expectedReviews).toBeGreaterThanOrEqual(1);
    const fresh = forecastWorkload({
      memories: [],
      now: NOW,
      days: 3,
      newItemsPerDay: 5,
      newItemsAvailable: 7,
    });
    // Five new items today, the last two tomorrow; today's come due again two days on.
    expect(fresh.slice(0, 2).map((day) => day.expectedReviews)).toEqual([10, 4]);
    expect(fresh[2]?.expectedReviews).toBeGreaterThanOrEqual(5);
  });

  it("expects more reviews at a higher desired retention", () => {
    const memories = Array.from({ length: 40 }, (_, i) => easyItem(i % 9));
    const total = (desiredRetention: number) =>
      forecastWorkload({ memories, now: NOW, scheduling: { ...almaty, desiredRetention } }).reduce(
        (sum, day) => sum + day.expectedReviews,
        0,
      );
    expect(total(0.95)).toBeGreaterThan(total(0.9));
    expect(total(0.9)).toBeGreaterThan(total(0.8));
  });

  it("is a pure function: the same input, the same forecast", () => {
    const memories = Array.from({ length: 20 }, (_, i) => easyItem(i));
    const input = { memories, now: NOW, newItemsPerDay: 3, seed: 5 };
    expect(forecastWorkload(input)).toEqual(forecastWorkload(input));
  });

  it("refuses impossible settings with a clear message", () => {
    expect(() => forecastWorkload({ memories: [], now: NOW, days: 0 })).toThrow(
      InvalidForecastError,
    );
    expect(() => forecastWorkload({ memories: [], now: NOW, days: 0 })).toThrow(/days must be/);
    expect(() =>
      forecastWorkload({ memories: [], now: NOW, passRatings: { hard: 0, good: 0, easy: 0 } }),
    ).toThrow(/Pass ratings/);
    expect(() =>
      forecastWorkload({ memories: [], now: NOW, scheduling: { desiredRetention: 1.2 } }),
    ).toThrow(/Desired retention/);
  });
});

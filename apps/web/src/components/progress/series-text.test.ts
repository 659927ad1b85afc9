import { describe, expect, it } from "vitest";
import {
  formatWhen,
  longDay,
  longWeek,
  masteryValueText,
  overallAccuracy,
  shortDay,
  shortWeek,
  summarizeActivity,
  summarizeDailyAccuracy,
  summarizeForecast,
  summarizeMastery,
  summarizeWeeklyAccuracy,
} from "./series-text";

const day = (key: string, answers: number, accuracy: number | null, reviews = 0) => ({
  day: key,
  answers,
  accuracy,
  reviews,
});

describe("labels", () => {
  it("formats an instant on the learner's clock with the zone named", () => {
    const instant = new Date("2026-03-02T09:05:00Z");
    expect(formatWhen(instant, "UTC")).toBe("2 Mar 2026, 09:05 UTC");
    expect(formatWhen(instant, "Asia/Tashkent")).toBe("2 Mar 2026, 14:05 GMT+5");
  });

  it("names days and ISO weeks", () => {
    expect(shortDay("2026-03-02")).toBe("2 Mar");
    expect(longDay("2026-03-02")).toBe("Mon 2 Mar 2026");
    expect(shortWeek("2026-W09")).toBe("W09");
    expect(longWeek("2026-W09")).toBe("Week 9, 2026");
  });
});

describe("summaries", () => {
  it("weights accuracy by answers", () => {
    // (1 × 2 + 0.25 × 4) / 6 = 0.5
    expect(overallAccuracy([day("a", 2, 1), day("b", 4, 0.25), day("c", 0, null)])).toBe(0.5);
    expect(overallAccuracy([day("c", 0, null)])).toBeNull();
  });

  it("summarises daily accuracy with its best and weakest day", () => {
    const days = [day("2026-03-01", 2, 1), day("2026-03-02", 0, null), day("2026-03-03", 4, 0.25)];
    expect(summarizeDailyAccuracy(days)).toBe(
      "Accuracy per day over the last 3 days: you answered on 2 days, 50% over 6 answers. Best day Sun 1 Mar 2026 at 100%; weakest day Tue 3 Mar 2026 at 25%.",
    );
    expect(summarizeDailyAccuracy([day("2026-03-02", 0, null)])).toBe(
      "Accuracy per day: no answers in the last 1 day.",
    );
  });

  it("lists each week", () => {
    expect(
      summarizeWeeklyAccuracy([
        { week: "2026-W09", answers: 3, accuracy: 2 / 3, reviews: 0 },
        { week: "2026-W10", answers: 0, accuracy: null, reviews: 5 },
      ]),
    ).toBe("Accuracy per ISO week. Week 9, 2026: 67% of 3 answers; Week 10, 2026: no answers.");
  });

  it("summarises activity and the due forecast", () => {
    expect(summarizeActivity([day("2026-03-01", 1, 1, 0), day("2026-03-02", 2, 0.5, 10)])).toBe(
      "Answers and card reviews per day over the last 2 days: 3 answers on 2 days and 10 card reviews on 1 day. Busiest day Mon 2 Mar 2026 with 2 answers and 10 reviews.",
    );
    expect(
      summarizeForecast([
        { day: "2026-03-02", due: 3 },
        { day: "2026-03-03", due: 5 },
      ]),
    ).toBe(
      "Items due per day: 8 items in the next 2 days, 3 of them today (overdue ones included). Most on Tue 3 Mar 2026: 5.",
    );
    expect(summarizeForecast([{ day: "2026-03-02", due: 0 }])).toBe(
      "Items due per day: nothing falls due in the next 1 day.",
    );
  });

  it("summarises mastery rows", () => {
    const rows = [
      { label: "NATO", met: 2, notMet: 3, neverRecalled: 1, mastery: 0.724 },
      { label: "Taliban", met: 0, notMet: 4, neverRecalled: 0, mastery: null },
    ];
    expect(summarizeMastery("Topics", rows)).toBe(
      "Topics, predicted recall in a week: NATO 72% (3 not met yet); Taliban not met yet (4 items).",
    );
    expect(masteryValueText(rows[0] as (typeof rows)[number])).toBe("72% · 3 new");
    expect(masteryValueText(rows[1] as (typeof rows)[number])).toBe("not met yet");
  });
});

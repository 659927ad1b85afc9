import { describe, expect, it } from "vitest";
import {
  dayKeyOfNumber,
  InvalidLearnerDaysError,
  learnerDayKey,
  learnerDays,
  learnerDaysBetween,
  startOfLearnerDay,
} from "./learner-day.ts";

const almaty = learnerDays({ timeZone: "Asia/Almaty" });
const pitcairn = learnerDays({ timeZone: "Pacific/Pitcairn" });

describe("learner days", () => {
  it("roll over at 4 a.m. local time by default", () => {
    // 03:59 in Almaty still belongs to the day before; 04:00 starts the next.
    expect(learnerDayKey(new Date("2026-03-10T22:59:00Z"), almaty)).toBe("2026-03-10");
    expect(learnerDayKey(new Date("2026-03-10T23:00:00Z"), almaty)).toBe("2026-03-11");
    expect(learnerDayKey(new Date("2026-03-11T11:59:00Z"), pitcairn)).toBe("2026-03-10");
    expect(learnerDayKey(new Date("2026-03-11T12:00:00Z"), pitcairn)).toBe("2026-03-11");
  });

  it("count the issue's case as one day: 04:30 and 06:00 in Almaty, either side of UTC midnight", () => {
    const early = new Date("2026-03-10T23:30:00Z"); // 04:30 local, 11 March
    const later = new Date("2026-03-11T01:00:00Z"); // 06:00 local, 11 March
    expect(learnerDaysBetween(early, later, almaty)).toBe(0);
    // And two reviews on one UTC date can be a day apart for someone in UTC−8.
    const evening = new Date("2026-03-11T02:00:00Z"); // 18:00 local, 10 March
    const morning = new Date("2026-03-11T17:00:00Z"); // 09:00 local, 11 March
    expect(learnerDaysBetween(evening, morning, pitcairn)).toBe(1);
  });

  it("start at the rollover hour, also across a daylight-saving change", () => {
    const berlin = learnerDays({ timeZone: "Europe/Berlin", rolloverHour: 4 });
    const day = (key: string) => Math.round(Date.parse(`${key}T00:00:00Z`) / 86_400_000);
    // Winter (UTC+1), the day clocks go forward (UTC+2 by 4 a.m.), summer.
    expect(startOfLearnerDay(day("2026-03-28"), berlin).toISOString()).toBe(
      "2026-03-28T03:00:00.000Z",
    );
    expect(startOfLearnerDay(day("2026-03-29"), berlin).toISOString()).toBe(
      "2026-03-29T02:00:00.000Z",
    );
    expect(dayKeyOfNumber(day("2026-03-29"))).toBe("2026-03-29");
    // The 23-hour day still counts as one.
    expect(
      learnerDaysBetween(
        new Date("2026-03-28T12:00:00Z"),
        new Date("2026-03-29T12:00:00Z"),
        berlin,
      ),
    ).toBe(1);
  });

  it("refuse an unknown zone or a rollover that is not a whole hour of the day", () => {
    expect(() => learnerDays({ timeZone: "Mars/Olympus" })).toThrow(InvalidLearnerDaysError);
    expect(() => learnerDays({ timeZone: "Mars/Olympus" })).toThrow(/Unknown time zone/);
    expect(() => learnerDays({ rolloverHour: 24 })).toThrow(/0 to 23/);
    expect(() => learnerDays({ rolloverHour: 3.5 })).toThrow(/0 to 23/);
    expect(learnerDays()).toEqual({ timeZone: "UTC", rolloverHour: 4 });
  });
});

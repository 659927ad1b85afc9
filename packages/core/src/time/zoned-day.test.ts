import { describe, expect, it } from "vitest";
import {
  addDays,
  instantToZonedLocal,
  isoWeekKey,
  isValidTimeZone,
  startOfZonedDay,
  zonedDayKey,
  zonedLocalToInstant,
} from "./zoned-day.ts";

describe("zoned days", () => {
  it("puts an instant on the learner's calendar day", () => {
    const instant = new Date("2026-03-10T23:30:00Z");
    expect(zonedDayKey(instant, "UTC")).toBe("2026-03-10");
    expect(zonedDayKey(instant, "Asia/Tashkent")).toBe("2026-03-11");
    expect(zonedDayKey(instant, "America/New_York")).toBe("2026-03-10");
  });

  it("finds local midnight, also on a daylight-saving change day", () => {
    expect(startOfZonedDay(new Date("2026-03-10T23:30:00Z"), "Asia/Tashkent").toISOString()).toBe(
      "2026-03-10T19:00:00.000Z",
    );
    // Clocks go forward in Berlin on 2026-03-29 at 02:00; midnight was still UTC+1.
    expect(startOfZonedDay(new Date("2026-03-29T15:00:00Z"), "Europe/Berlin").toISOString()).toBe(
      "2026-03-28T23:00:00.000Z",
    );
    // And back on 2026-10-25; midnight was UTC+2.
    expect(startOfZonedDay(new Date("2026-10-25T15:00:00Z"), "Europe/Berlin").toISOString()).toBe(
      "2026-10-24T22:00:00.000Z",
    );
  });

  it("names ISO weeks across a year boundary", () => {
    expect(isoWeekKey("2026-01-01")).toBe("2026-W01");
    expect(isoWeekKey("2027-01-01")).toBe("2026-W53");
    expect(isoWeekKey("2026-03-29")).toBe("2026-W13");
  });

  it("adds calendar days and validates zone names", () => {
    expect(addDays("2026-02-27", 2)).toBe("2026-03-01");
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});

describe("wall-clock times in a zone", () => {
  it("converts a datetime-local value to the instant it names, and back", () => {
    expect(zonedLocalToInstant("2026-09-01T09:00", "Asia/Tashkent")?.toISOString()).toBe(
      "2026-09-01T04:00:00.000Z",
    );
    expect(zonedLocalToInstant("2026-07-01T09:00", "Europe/Berlin")?.toISOString()).toBe(
      "2026-07-01T07:00:00.000Z",
    );
    expect(zonedLocalToInstant("2026-01-15T09:00", "Europe/Berlin")?.toISOString()).toBe(
      "2026-01-15T08:00:00.000Z",
    );
    expect(instantToZonedLocal(new Date("2026-09-01T04:00:00Z"), "Asia/Tashkent")).toBe(
      "2026-09-01T09:00",
    );
  });

  it("refuses malformed and impossible dates", () => {
    expect(zonedLocalToInstant("2026-02-30T09:00", "UTC")).toBeNull();
    expect(zonedLocalToInstant("tomorrow", "UTC")).toBeNull();
  });
});

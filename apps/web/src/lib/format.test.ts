import { describe, expect, it } from "vitest";
import { formatDateTime, formatPercent, formatRelative } from "./format";

describe("format", () => {
  it("names the time zone with every date-time", () => {
    expect(formatDateTime(new Date("2026-03-02T10:00:00Z"), "Asia/Tashkent")).toMatch(
      /15:00 GMT\+5/,
    );
  });

  it("shows scores as whole percents and a dash for none", () => {
    expect(formatPercent(0.666)).toBe("67%");
    expect(formatPercent(null)).toBe("—");
  });

  it("says how far away a time is", () => {
    const now = new Date("2026-03-02T10:00:00Z");
    expect(formatRelative(new Date("2026-03-05T10:00:00Z"), now)).toBe("in 3 days");
    expect(formatRelative(new Date("2026-03-02T08:00:00Z"), now)).toBe("2 hours ago");
  });
});

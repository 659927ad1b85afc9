import { afterEach, describe, expect, it, vi } from "vitest";
import { canonicalTimeZone, isValidTimeZone, zonedDayKey } from "./zoned-day.ts";

/** Every upper/lower-case spelling of a zone name that ICU accepts: a client can send each once. */
function spellings(zone: string, count: number): string[] {
  return Array.from({ length: count }, (_, n) =>
    [...zone]
      .map((letter, index) =>
        (n >> (index % 16)) & 1 ? letter.toUpperCase() : letter.toLowerCase(),
      )
      .join(""),
  );
}

describe("time zone names from a client (the tz cookie)", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("are kept under their canonical name", () => {
    expect(canonicalTimeZone("eUrOpE/bErLiN")).toBe("Europe/Berlin");
    expect(canonicalTimeZone("utc")).toBe("UTC");
    expect(canonicalTimeZone("Mars/Olympus")).toBeNull();
    expect(canonicalTimeZone("x".repeat(5000))).toBeNull();
  });

  it("in hundreds of spellings of one zone keep one formatter, not one each", () => {
    const cached = vi.spyOn(Map.prototype, "set");
    const instant = new Date("2026-03-29T12:00:00Z");
    for (const spelling of spellings("America/Argentina/Buenos_Aires", 300)) {
      expect(isValidTimeZone(spelling)).toBe(true);
      expect(zonedDayKey(instant, spelling)).toBe("2026-03-29");
    }
    const formattersKept = cached.mock.calls.filter(
      ([, value]) => value instanceof Intl.DateTimeFormat,
    ).length;
    expect(formattersKept).toBeLessThanOrEqual(1);
  });
});

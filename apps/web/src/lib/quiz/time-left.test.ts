import { describe, expect, it } from "vitest";
import { formatRemaining, spokenRemaining, thresholdCrossed } from "./time-left";

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

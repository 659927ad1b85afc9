import { describe, expect, it } from "vitest";
import { binLabel, calibrationGap, summarizeCalibration } from "./calibration-text";

const bin = (from: number, reviews: number, predicted: number | null, actual: number | null) => ({
  from,
  to: from + 0.1,
  reviews,
  predicted,
  actual,
});

describe("calibration in words", () => {
  it("labels bins, the first one holding every lower prediction", () => {
    expect(binLabel(bin(0.4, 1, 0.45, 1), true)).toBe("under 50%");
    expect(binLabel(bin(0.6, 1, 0.65, 1), false)).toBe("60–70%");
    expect(binLabel({ from: 0, to: 0.5, reviews: 0, predicted: null, actual: null }, true)).toBe(
      "0–50%",
    );
  });

  it("weights the gap between predicted and actual recall by each bin's reviews", () => {
    const bins = [bin(0.6, 1, 0.65, 0.45), bin(0.8, 3, 0.85, 0.9), bin(0.9, 0, null, null)];
    expect(calibrationGap(bins)).toBeCloseTo(((1 * 0.2 + 3 * 0.05) / 4) * 100, 10);
    expect(calibrationGap([bin(0.9, 0, null, null)])).toBeNull();
    expect(summarizeCalibration(bins)).toBe(
      "Predicted against actual recall of 4 reviews, in bins of predicted recall; predictions are off by 8.8 percentage points on average.",
    );
    expect(summarizeCalibration([])).toMatch(/no reviews to compare yet/);
  });
});

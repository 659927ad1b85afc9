import { describe, expect, it } from "vitest";
import {
  MOODLE_GRADE_PERCENTS,
  moodlePercent,
  multipleResponsePercents,
} from "../src/export/moodle-grades.ts";

describe("Moodle answer grades", () => {
  it("spells allowed grades as Moodle does and refuses others", () => {
    expect(moodlePercent(100)).toBe("100");
    expect(moodlePercent(100 / 3)).toBe("33.33333");
    expect(moodlePercent(-100 / 6)).toBe("-16.66667");
    expect(moodlePercent(100 / 7)).toBe("14.28571");
    expect(moodlePercent(0)).toBe("0");
    expect(() => moodlePercent(35)).toThrow(RangeError);
  });

  it.each([2, 3, 4, 5, 6, 7])(
    "with %i correct options: allowed grades, correct ones summing to 100, wrong ones cancelling one correct each",
    (correctCount) => {
      const correct = [
        ...Array<boolean>(correctCount).fill(true),
        ...Array<boolean>(8 - correctCount).fill(false),
      ];
      const percents = multipleResponsePercents(correct);
      const allowed = new Set(MOODLE_GRADE_PERCENTS.flatMap((grade) => [grade, `-${grade}`]));
      for (const percent of percents) expect(allowed.has(percent)).toBe(true);
      const positive = percents.filter((_, index) => correct[index]).map(Number);
      const negative = percents.filter((_, index) => !correct[index]).map(Number);
      // Moodle rounds the sum to two decimals and requires exactly 100 %.
      expect(Math.round(positive.reduce((sum, value) => sum + value, 0) * 100) / 100).toBe(100);
      for (const value of negative) expect(value).toBeCloseTo(-100 / correctCount, 4);
    },
  );
});

/**
 * The answer grades Moodle accepts on import (question_bank::fraction_options_full),
 * as the percentages its own exports write. An import with any other grade fails
 * ("matchgrades" is "error" by default; the match tolerance is 0.00001 of a fraction).
 */
export const MOODLE_GRADE_PERCENTS = [
  "100",
  "90",
  "83.33333",
  "80",
  "75",
  "70",
  "66.66667",
  "60",
  "50",
  "40",
  "33.33333",
  "30",
  "25",
  "20",
  "16.66667",
  "14.28571",
  "12.5",
  "11.11111",
  "10",
  "5",
] as const;

const FRACTION_TOLERANCE = 0.00001;

/**
 * The allowed Moodle percentage for `percent` (positive, negative or 0), spelled as
 * Moodle spells it; throws RangeError when Moodle has no such grade.
 */
export function moodlePercent(percent: number): string {
  if (percent === 0) return "0";
  const magnitude = MOODLE_GRADE_PERCENTS.find(
    (allowed) => Math.abs(Number(allowed) - Math.abs(percent)) / 100 < FRACTION_TOLERANCE,
  );
  if (magnitude === undefined) {
    throw new RangeError(`Moodle has no answer grade of ${percent}%`);
  }
  return percent < 0 ? `-${magnitude}` : magnitude;
}

/**
 * Grades for a multiple-response question scored "right minus wrong", the rule the
 * quizdeck grader uses: each of the k correct options earns 100/k %, each wrong one
 * costs 100/k %, and Moodle floors the total at 0. So the correct options sum to
 * exactly 100 % (Moodle requires it) and ticking every box earns nothing. k is 2..7
 * for the schema's 3..8 options, and 100/k is on Moodle's list for each.
 */
export function multipleResponsePercents(correct: readonly boolean[]): string[] {
  const correctCount = correct.filter(Boolean).length;
  if (correctCount === 0)
    throw new RangeError("a multiple-response question needs a correct option");
  const share = 100 / correctCount;
  return correct.map((isCorrect) => moodlePercent(isCorrect ? share : -share));
}

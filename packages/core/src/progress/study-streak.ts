import { addDays } from "../time/zoned-day.ts";

/**
 * Consecutive study days ending today, or ending yesterday when today has no
 * activity yet (a streak is not broken until the day is over).
 * `activeDays` holds day keys ("2026-03-02") in the learner's time zone.
 */
export function studyStreak(activeDays: ReadonlySet<string>, today: string): number {
  let day = activeDays.has(today) ? today : addDays(today, -1);
  let streak = 0;
  while (activeDays.has(day)) {
    streak += 1;
    day = addDays(day, -1);
  }
  return streak;
}

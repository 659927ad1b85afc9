import { addDays, instantToZonedLocal, isValidTimeZone, zonedLocalToInstant } from "./zoned-day.ts";

/**
 * Where a learner's day begins: their IANA time zone and the local hour at which
 * "today" rolls over. Memory is counted in these days (as Anki does): a review at
 * 01:30 belongs to the evening before, and two reviews are a day apart when a
 * rollover lies between them, whatever the hours.
 */
export interface LearnerDays {
  timeZone: string;
  /** Local hour, 0–23, at which the next day begins. */
  rolloverHour: number;
}

/** Anki's default: the next day begins at 4 a.m. local time. */
export const DEFAULT_ROLLOVER_HOUR = 4;

/** For a learner whose zone is unknown. */
export const UTC_LEARNER_DAYS: LearnerDays = {
  timeZone: "UTC",
  rolloverHour: DEFAULT_ROLLOVER_HOUR,
};

/** Thrown for an unknown time zone or a rollover hour outside 0–23. */
export class InvalidLearnerDaysError extends RangeError {
  override name = "InvalidLearnerDaysError";
}

/** Fills in the defaults and checks the zone and hour, with a message that says which is wrong. */
export function learnerDays(options: Partial<LearnerDays> = {}): LearnerDays {
  const timeZone = options.timeZone ?? UTC_LEARNER_DAYS.timeZone;
  const rolloverHour = options.rolloverHour ?? DEFAULT_ROLLOVER_HOUR;
  if (!isValidTimeZone(timeZone)) {
    throw new InvalidLearnerDaysError(`Unknown time zone "${timeZone}".`);
  }
  if (!Number.isInteger(rolloverHour) || rolloverHour < 0 || rolloverHour > 23) {
    throw new InvalidLearnerDaysError(
      `The day's rollover hour must be a whole hour from 0 to 23, not ${rolloverHour}.`,
    );
  }
  return { timeZone, rolloverHour };
}

const DAY_MS = 86_400_000;

/** The learner day of `instant` as a day key ("2026-03-29"): its local date, a day earlier before the rollover hour. */
export function learnerDayKey(instant: Date, days: LearnerDays): string {
  const local = instantToZonedLocal(instant, days.timeZone);
  const hour = Number(local.slice(11, 13));
  const date = local.slice(0, 10);
  return hour < days.rolloverHour ? addDays(date, -1) : date;
}

/** Day keys as whole numbers (days since 1970-01-01), so day differences are subtractions. */
export function dayNumberOfKey(dayKey: string): number {
  const [year, month, day] = dayKey.split("-").map(Number) as [number, number, number];
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function dayKeyOfNumber(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** The learner day of `instant` as a whole number (see dayNumberOfKey). */
export function learnerDayNumber(instant: Date, days: LearnerDays): number {
  return dayNumberOfKey(learnerDayKey(instant, days));
}

/** Whole learner days from `from` to `to`: how many rollovers lie between them (negative if `to` is earlier). */
export function learnerDaysBetween(from: Date, to: Date, days: LearnerDays): number {
  return learnerDayNumber(to, days) - learnerDayNumber(from, days);
}

/** Day starts already worked out: a queue's cards fall due on a handful of days, each asked for often. */
const dayStarts = new Map<string, number>();
const DAY_START_CACHE_LIMIT = 4096;

/**
 * The instant learner day `dayNumber` begins: its rollover hour, local time. When
 * a daylight-saving gap swallows that hour, the first instant after the gap.
 */
export function startOfLearnerDay(dayNumber: number, days: LearnerDays): Date {
  const key = `${days.timeZone}|${days.rolloverHour}|${dayNumber}`;
  let start = dayStarts.get(key);
  if (start === undefined) {
    const hour = String(days.rolloverHour).padStart(2, "0");
    const local = `${dayKeyOfNumber(dayNumber)}T${hour}:00`;
    const instant = zonedLocalToInstant(local, days.timeZone);
    if (!instant) throw new InvalidLearnerDaysError(`No such learner day: ${dayNumber}.`);
    start = instant.getTime();
    if (dayStarts.size >= DAY_START_CACHE_LIMIT) dayStarts.clear();
    dayStarts.set(key, start);
  }
  return new Date(start);
}

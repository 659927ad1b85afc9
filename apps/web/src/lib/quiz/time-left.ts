const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * What an attempt's deadline is: the end of a real time limit (a clock is
 * what a student needs then), or the assignment's due time, days away perhaps
 * (words read at a glance). A deadline at the student's due time is the due
 * time; any other one is the time limit running out first.
 */
export type DeadlineKind = "time-limit" | "due";

export function deadlineKind(attempt: {
  deadlineAt: Date | null;
  release: { dueAt: Date | null } | null;
}): DeadlineKind | null {
  if (!attempt.deadlineAt) return null;
  const dueAt = attempt.release?.dueAt;
  return dueAt && dueAt.getTime() === attempt.deadlineAt.getTime() ? "due" : "time-limit";
}

const unit = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

/**
 * "in 6 days", "in 1 day 4 h", "in 5 h 12 min", "in 12 min", "in less than a
 * minute": the time to a due date in words, days while there are two or more,
 * then hours and minutes. Never negative.
 */
export function formatDueIn(ms: number): string {
  const left = Math.max(0, ms);
  if (left >= 2 * DAY_MS) return `in ${unit(Math.floor(left / DAY_MS), "day")}`;
  if (left >= DAY_MS) return `in 1 day ${Math.floor((left - DAY_MS) / HOUR_MS)} h`;
  const hours = Math.floor(left / HOUR_MS);
  const minutes = Math.floor((left % HOUR_MS) / MINUTE_MS);
  if (hours > 0) return `in ${hours} h ${minutes} min`;
  if (minutes > 0) return `in ${minutes} min`;
  return "in less than a minute";
}

/** `formatDueIn` for a screen reader: "in 5 hours 12 minutes". */
export function spokenDueIn(ms: number): string {
  return formatDueIn(ms)
    .replace(/(\d+) h\b/, (_, count) => unit(Number(count), "hour"))
    .replace(/(\d+) min\b/, (_, count) => unit(Number(count), "minute"));
}

/** The moments worth announcing to screen readers: 5 and 1 minute(s) left. */
export const ANNOUNCE_AT_MS = [5 * 60_000, 60_000] as const;

/** "1:05:09", "12:04", "0:07"; never negative. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${ss}` : `${minutes}:${ss}`;
}

/** "12 minutes 4 seconds" for the timer's accessible text. */
export function spokenRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const parts = [];
  if (minutes > 0) parts.push(`${minutes} minute${minutes === 1 ? "" : "s"}`);
  if (seconds > 0 || minutes === 0) parts.push(`${seconds} second${seconds === 1 ? "" : "s"}`);
  return parts.join(" ");
}

/**
 * The announcement due when the remaining time went from `before` to `after`
 * (ms), or null: "5 minutes left" and "1 minute left", each once, and only when
 * crossed while the page is open.
 */
export function thresholdCrossed(before: number, after: number): string | null {
  for (const at of ANNOUNCE_AT_MS) {
    if (before > at && after <= at && after > 0) {
      return at === 60_000 ? "1 minute left" : `${at / 60_000} minutes left`;
    }
  }
  return null;
}

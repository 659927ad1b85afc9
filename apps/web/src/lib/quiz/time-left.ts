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

import type { ReviewPreview } from "./scheduler.ts";

/** "10m", "3h", "4d", "2mo", "1.5y": the compact interval shown on a rating button. */
export function formatInterval(from: Date, to: Date): string {
  const minutes = Math.max(1, Math.round((to.getTime() - from.getTime()) / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours}h`;
  return formatDays(Math.round(hours / 24));
}

function formatDays(days: number): string {
  if (days < 30) return `${days}d`;
  if (days < 365) return `${Math.round(days / 30)}mo`;
  return `${Math.round((days / 365) * 10) / 10}y`;
}

/**
 * The rating button's label for a previewed review: whole learner days when the
 * interval is in days ("1d" even at 23:00, when tomorrow begins in five hours),
 * else the time to the learning step ("10m").
 */
export function formatScheduledInterval(now: Date, preview: ReviewPreview): string {
  return preview.scheduledDays > 0
    ? formatDays(preview.scheduledDays)
    : formatInterval(now, preview.due);
}

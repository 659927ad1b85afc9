import { RATING_LABELS, type ReviewRating } from "@quizdeck/core/scheduling";

const UNITS: Record<string, [string, string]> = {
  m: ["minute", "minutes"],
  h: ["hour", "hours"],
  d: ["day", "days"],
  mo: ["month", "months"],
  y: ["year", "years"],
};

/** "4d" → "4 days", "1m" → "1 minute", "1.5y" → "1.5 years": formatInterval spelled out for speech. */
export function spellInterval(compact: string): string {
  const match = /^(\d+(?:\.\d+)?)(mo|m|h|d|y)$/.exec(compact);
  if (!match) return compact;
  const [, amount = "", unit = ""] = match;
  const names = UNITS[unit];
  if (!names) return compact;
  return `${amount} ${amount === "1" ? names[0] : names[1]}`;
}

/** The live-region sentence after a rating: "Rated Good — next in 4 days". */
export function ratedAnnouncement(rating: ReviewRating, interval: string): string {
  return `Rated ${RATING_LABELS[rating]} — next in ${spellInterval(interval)}`;
}

/** "45 s", "3 min 5 s", "1 h 2 min": time spent in a session. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) {
    const rest = seconds % 60;
    return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
  }
  const hours = Math.floor(minutes / 60);
  const restMinutes = minutes % 60;
  return restMinutes === 0 ? `${hours} h` : `${hours} h ${restMinutes} min`;
}

/** "1 card", "3 cards". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "2 Mar 2026, 10:10 UTC": an exact time in the learner's zone, with the zone named. */
export function formatWhen(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(date);
}

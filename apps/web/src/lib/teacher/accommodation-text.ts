import type { AccommodationSummary } from "@quizdeck/db/gradebook";
import { formatDateTime } from "@/lib/format";

/** An accommodation in a few words: "time ×1.5 +10 min, +1 attempt, due 14 May 2026, 09:00". */
export function accommodationText(terms: AccommodationSummary, timeZone: string): string {
  const parts: string[] = [];
  const time = [
    terms.timeMultiplier && terms.timeMultiplier !== 1 ? `×${terms.timeMultiplier}` : null,
    terms.extraMinutes ? `+${terms.extraMinutes} min` : null,
  ].filter(Boolean);
  if (time.length > 0) parts.push(`time ${time.join(" ")}`);
  if (terms.extraAttempts > 0)
    parts.push(`+${terms.extraAttempts} attempt${terms.extraAttempts === 1 ? "" : "s"}`);
  if (terms.dueAt) parts.push(`due ${formatDateTime(terms.dueAt, timeZone)}`);
  return parts.join(", ");
}

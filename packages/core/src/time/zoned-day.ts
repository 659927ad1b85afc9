/**
 * Calendar days in the learner's own time zone: "today's new cards", streaks and
 * daily accuracy must roll over at their midnight, not the server's.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per zone, kept under the zone's canonical name: zone names reach
 * here from a cookie, and ICU takes any spelling ("eUrOpE/bErLiN"), so caching
 * each spelling would let one client grow the map (and ICU's native memory) without
 * bound. Throws a RangeError for a zone ICU does not know.
 */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  const formatter = newFormatter(timeZone);
  const canonical = formatter.resolvedOptions().timeZone;
  const known = formatters.get(canonical);
  if (known) return known;
  formatters.set(canonical, formatter);
  return formatter;
}

function newFormatter(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });
}

/** The zone's canonical name ("utc" → "UTC"), or null for a zone this server does not know. */
export function canonicalTimeZone(timeZone: string): string | null {
  try {
    return formatterFor(timeZone).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export function isValidTimeZone(timeZone: string): boolean {
  return canonicalTimeZone(timeZone) !== null;
}

function zonedParts(instant: Date, timeZone: string) {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** "2026-03-29": the calendar day of `instant` in `timeZone`. */
export function zonedDayKey(instant: Date, timeZone: string): string {
  const { year, month, day } = zonedParts(instant, timeZone);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** How far `timeZone` is ahead of UTC at `instant`, in milliseconds. */
function offsetMs(instant: Date, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant the calendar day containing `instant` began in `timeZone`. */
export function startOfZonedDay(instant: Date, timeZone: string): Date {
  const { year, month, day } = zonedParts(instant, timeZone);
  const midnightUtc = Date.UTC(year, month - 1, day);
  // Guess with today's offset, then correct once for a DST change during the day.
  let guess = midnightUtc - offsetMs(instant, timeZone);
  guess = midnightUtc - offsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

/** The ISO week key ("2026-W13") of a day key, for weekly series. */
export function isoWeekKey(dayKey: string): string {
  const [year, month, day] = dayKey.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const weekYear = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 + 1) / 7);
  return `${weekYear}-W${String(week).padStart(2, "0")}`;
}

/** The day key `days` calendar days after `dayKey`. */
export function addDays(dayKey: string, days: number): string {
  const [year, month, day] = dayKey.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * The instant a wall-clock time ("2026-09-01T09:00", as an <input
 * type="datetime-local"> gives it) names in `timeZone`; null if malformed.
 * In a daylight-saving gap the later offset is used.
 */
export function zonedLocalToInstant(local: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) return null;
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
  const asUtc = Date.UTC(year as number, (month as number) - 1, day, hour, minute, second || 0);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== (month as number) - 1 || check.getUTCDate() !== day) return null;
  let guess = asUtc - offsetMs(new Date(asUtc), timeZone);
  guess = asUtc - offsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

/** The wall-clock value for an <input type="datetime-local"> showing `instant` in `timeZone`. */
export function instantToZonedLocal(instant: Date, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * Labels and one-sentence summaries for the progress charts: what a screen
 * reader hears for each picture. Pure, so they are unit-tested.
 */

export interface DaySeriesPoint {
  day: string;
  answers: number;
  accuracy: number | null;
  reviews: number;
}

export interface WeekSeriesPoint {
  week: string;
  answers: number;
  accuracy: number | null;
  reviews: number;
}

export interface ForecastPoint {
  day: string;
  due: number;
}

export interface MasteryPoint {
  label: string;
  met: number;
  notMet: number;
  /** Met items never once recalled (they count 0 in `mastery`). */
  neverRecalled: number;
  /** Mean predicted recall in a week over the met items; null when none is met. */
  mastery: number | null;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

function parts(dayKey: string) {
  const [year, month, day] = dayKey.split("-").map(Number) as [number, number, number];
  return { year, month, day, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

/** "2 Mar": a calendar day key ("2026-03-02") for an axis. */
export function shortDay(dayKey: string): string {
  const { month, day } = parts(dayKey);
  return `${day} ${MONTHS[month - 1] ?? ""}`;
}

/** "Mon 2 Mar 2026": a calendar day key for a table or a title. */
export function longDay(dayKey: string): string {
  const { year, month, day, weekday } = parts(dayKey);
  return `${WEEKDAYS[weekday] ?? ""} ${day} ${MONTHS[month - 1] ?? ""} ${year}`;
}

/** "W09": an ISO week key ("2026-W09") for an axis. */
export function shortWeek(weekKey: string): string {
  return weekKey.slice(weekKey.indexOf("-") + 1);
}

/** "Week 9, 2026": an ISO week key for a table or a summary. */
export function longWeek(weekKey: string): string {
  const [year, week] = weekKey.split("-W");
  return `Week ${Number(week)}, ${year}`;
}

export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Mean accuracy over several buckets, each weighted by its answers; null when none. */
export function overallAccuracy(points: readonly { answers: number; accuracy: number | null }[]) {
  let answers = 0;
  let total = 0;
  for (const point of points) {
    if (point.accuracy === null || point.answers === 0) continue;
    answers += point.answers;
    total += point.accuracy * point.answers;
  }
  return answers > 0 ? total / answers : null;
}

export function summarizeDailyAccuracy(days: readonly DaySeriesPoint[]): string {
  const answered = days.filter((day) => day.accuracy !== null && day.answers > 0);
  const span = `the last ${plural(days.length, "day")}`;
  if (answered.length === 0) return `Accuracy per day: no answers in ${span}.`;
  const overall = overallAccuracy(answered) ?? 0;
  const total = answered.reduce((sum, day) => sum + day.answers, 0);
  let best = answered[0] as DaySeriesPoint;
  let worst = best;
  for (const day of answered) {
    if ((day.accuracy ?? 0) > (best.accuracy ?? 0)) best = day;
    if ((day.accuracy ?? 0) < (worst.accuracy ?? 0)) worst = day;
  }
  const extremes =
    answered.length > 1
      ? ` Best day ${longDay(best.day)} at ${percent(best.accuracy ?? 0)}; weakest day ${longDay(worst.day)} at ${percent(worst.accuracy ?? 0)}.`
      : "";
  return `Accuracy per day over ${span}: you answered on ${plural(answered.length, "day")}, ${percent(overall)} over ${plural(total, "answer")}.${extremes}`;
}

export function summarizeWeeklyAccuracy(weeks: readonly WeekSeriesPoint[]): string {
  if (weeks.every((week) => week.accuracy === null)) {
    return "Accuracy per week: no answers in these weeks.";
  }
  const listed = weeks
    .map(
      (week) =>
        `${longWeek(week.week)}: ${week.accuracy === null ? "no answers" : `${percent(week.accuracy)} of ${plural(week.answers, "answer")}`}`,
    )
    .join("; ");
  return `Accuracy per ISO week. ${listed}.`;
}

export function summarizeActivity(days: readonly DaySeriesPoint[]): string {
  const answers = days.reduce((sum, day) => sum + day.answers, 0);
  const reviews = days.reduce((sum, day) => sum + day.reviews, 0);
  const span = `the last ${plural(days.length, "day")}`;
  if (answers + reviews === 0) return `Answers and card reviews per day: none in ${span}.`;
  const answerDays = days.filter((day) => day.answers > 0).length;
  const reviewDays = days.filter((day) => day.reviews > 0).length;
  let busiest = days[0] as DaySeriesPoint;
  for (const day of days) {
    if (day.answers + day.reviews > busiest.answers + busiest.reviews) busiest = day;
  }
  return `Answers and card reviews per day over ${span}: ${plural(answers, "answer")} on ${plural(answerDays, "day")} and ${plural(reviews, "card review")} on ${plural(reviewDays, "day")}. Busiest day ${longDay(busiest.day)} with ${plural(busiest.answers, "answer")} and ${plural(busiest.reviews, "review")}.`;
}

export function summarizeForecast(forecast: readonly ForecastPoint[]): string {
  const total = forecast.reduce((sum, day) => sum + day.due, 0);
  const span = `the next ${plural(forecast.length, "day")}`;
  if (total === 0) return `Items due per day: nothing falls due in ${span}.`;
  const today = forecast[0]?.due ?? 0;
  let peak = forecast[0] as ForecastPoint;
  for (const day of forecast) if (day.due > peak.due) peak = day;
  return `Items due per day: ${plural(total, "item")} in ${span}, ${today} of them today (overdue ones included). Most on ${longDay(peak.day)}: ${peak.due}.`;
}

export function summarizeMastery(title: string, rows: readonly MasteryPoint[]): string {
  if (rows.length === 0) return `${title}: nothing to show.`;
  const listed = rows
    .map(
      (row) =>
        `${row.label} ${row.mastery === null ? `not met yet (${plural(row.notMet, "item")})` : `${percent(row.mastery)}${row.notMet > 0 ? ` (${row.notMet} not met yet)` : ""}`}`,
    )
    .join("; ");
  return `${title}, predicted recall in a week: ${listed}.`;
}

/** The text printed beside a mastery bar. */
export function masteryValueText(row: MasteryPoint): string {
  const recall = row.mastery === null ? "not met yet" : percent(row.mastery);
  return row.notMet > 0 && row.mastery !== null ? `${recall} · ${row.notMet} new` : recall;
}

const whenFormatters = new Map<string, Intl.DateTimeFormat>();

/** "2 Mar 2026, 14:05 GMT+5": an instant on the learner's clock, zone named. */
export function formatWhen(instant: Date, timeZone: string): string {
  let formatter = whenFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZoneName: "short",
    });
    whenFormatters.set(timeZone, formatter);
  }
  return formatter.format(instant);
}

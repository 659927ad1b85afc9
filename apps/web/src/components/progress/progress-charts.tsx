import { isoWeekKey } from "@quizdeck/core/time";
import { BarListChart } from "@/components/charts/bar-list-chart";
import { ChartFigure, ChartLegend } from "@/components/charts/chart-figure";
import { ColumnChart } from "@/components/charts/column-chart";
import {
  type DaySeriesPoint,
  type ForecastPoint,
  longDay,
  longWeek,
  type MasteryPoint,
  masteryValueText,
  percent,
  plural,
  shortDay,
  shortWeek,
  summarizeActivity,
  summarizeDailyAccuracy,
  summarizeForecast,
  summarizeMastery,
  summarizeWeeklyAccuracy,
  type WeekSeriesPoint,
} from "./series-text";

const accuracyText = (accuracy: number | null) =>
  accuracy === null ? "no answers" : percent(accuracy);

/** "since Mon 2 Mar 2026": the span a day series covers (it starts at the first activity). */
const spanText = (days: readonly DaySeriesPoint[]) =>
  days[0] ? `since ${longDay(days[0].day)}` : "no days yet";

export function DailyAccuracyChart({ days }: { days: readonly DaySeriesPoint[] }) {
  return (
    <ChartFigure
      id="accuracy-per-day"
      title="Accuracy per day"
      description={`Mean score of the answers each day, ${spanText(days)}. Days without answers are left blank; the table lists only days with answers.`}
      table={{
        columns: [
          { header: "Day" },
          { header: "Answers", numeric: true },
          { header: "Accuracy", numeric: true },
        ],
        rows: days
          .filter((day) => day.answers > 0)
          .map((day) => [longDay(day.day), day.answers, accuracyText(day.accuracy)]),
      }}
    >
      <ColumnChart
        id="accuracy-per-day-chart"
        summary={summarizeDailyAccuracy(days)}
        categories={days.map((day) => shortDay(day.day))}
        categoryTitles={days.map((day) => longDay(day.day))}
        series={[{ name: "Accuracy", values: days.map((day) => day.accuracy) }]}
        kind="score"
        xAxisLabel="Day"
        yAxisLabel="Accuracy"
        bandWidth={11}
      />
    </ChartFigure>
  );
}

/** "2 Mar – 8 Mar" (and "partial" at the window's edges), from the days the series covers. */
function weekCoverage(days: readonly DaySeriesPoint[]) {
  const covered = new Map<string, string[]>();
  for (const day of days) {
    const key = isoWeekKey(day.day);
    covered.set(key, [...(covered.get(key) ?? []), day.day]);
  }
  return (week: string) => {
    const list = covered.get(week) ?? [];
    const first = list[0];
    const last = list.at(-1);
    if (!first || !last) return "";
    const range = first === last ? shortDay(first) : `${shortDay(first)} – ${shortDay(last)}`;
    return list.length < 7 ? `${range}, partial` : range;
  };
}

export function WeeklyAccuracyChart({
  weeks,
  days,
}: {
  weeks: readonly WeekSeriesPoint[];
  days: readonly DaySeriesPoint[];
}) {
  const coverage = weekCoverage(days);
  return (
    <ChartFigure
      id="accuracy-per-week"
      title="Accuracy per week"
      description="Mean score of the answers in each ISO week (Monday to Sunday); the table lists only weeks with answers."
      table={{
        columns: [
          { header: "Week" },
          { header: "Days" },
          { header: "Answers", numeric: true },
          { header: "Accuracy", numeric: true },
        ],
        rows: weeks
          .filter((week) => week.answers > 0)
          .map((week) => [
            longWeek(week.week),
            coverage(week.week),
            week.answers,
            accuracyText(week.accuracy),
          ]),
      }}
    >
      <ColumnChart
        id="accuracy-per-week-chart"
        summary={summarizeWeeklyAccuracy(weeks)}
        categories={weeks.map((week) => shortWeek(week.week))}
        categoryTitles={weeks.map((week) => longWeek(week.week))}
        series={[{ name: "Accuracy", values: weeks.map((week) => week.accuracy) }]}
        kind="score"
        xAxisLabel="ISO week"
        yAxisLabel="Accuracy"
        bandWidth={29}
        maxLabels={10}
      />
    </ChartFigure>
  );
}

export function ActivityChart({ days }: { days: readonly DaySeriesPoint[] }) {
  const series = [
    { name: "Answers", values: days.map((day) => day.answers), style: "solid" as const },
    { name: "Card reviews", values: days.map((day) => day.reviews), style: "hatched" as const },
  ];
  return (
    <ChartFigure
      id="activity-per-day"
      title="Answers and card reviews per day"
      description={`Quiz answers (solid) and flashcard reviews (striped) each day, ${spanText(days)}. The table lists only days with activity.`}
      legend={<ChartLegend id="activity-per-day" items={series} />}
      table={{
        columns: [
          { header: "Day" },
          { header: "Answers", numeric: true },
          { header: "Card reviews", numeric: true },
        ],
        rows: days
          .filter((day) => day.answers + day.reviews > 0)
          .map((day) => [longDay(day.day), day.answers, day.reviews]),
      }}
    >
      <ColumnChart
        id="activity-per-day-chart"
        summary={summarizeActivity(days)}
        categories={days.map((day) => shortDay(day.day))}
        categoryTitles={days.map((day) => longDay(day.day))}
        series={series}
        kind="count"
        xAxisLabel="Day"
        yAxisLabel="Count"
        bandWidth={14}
      />
    </ChartFigure>
  );
}

export function ForecastChart({ forecast }: { forecast: readonly ForecastPoint[] }) {
  const label = (day: string, index: number) => (index === 0 ? "Today" : shortDay(day));
  return (
    <ChartFigure
      id="due-forecast"
      title="Items due per day"
      description="Flashcards and questions the memory model will bring back each day. Overdue items count for today. The table lists only days with something due."
      table={{
        columns: [{ header: "Day" }, { header: "Items due", numeric: true }],
        rows: forecast.flatMap((day, index) =>
          day.due > 0
            ? [[index === 0 ? `Today (${longDay(day.day)})` : longDay(day.day), day.due]]
            : [],
        ),
      }}
    >
      <ColumnChart
        id="due-forecast-chart"
        summary={summarizeForecast(forecast)}
        categories={forecast.map((day, index) => label(day.day, index))}
        categoryTitles={forecast.map((day) => longDay(day.day))}
        series={[{ name: "Items due", values: forecast.map((day) => day.due) }]}
        kind="count"
        xAxisLabel="Day"
        yAxisLabel="Items due"
        bandWidth={18}
        maxLabels={5}
        labelFrom="start"
      />
    </ChartFigure>
  );
}

export function MasteryChart({
  id,
  title,
  rows,
}: {
  id: string;
  title: string;
  rows: readonly (MasteryPoint & { items: number })[];
}) {
  return (
    <ChartFigure
      id={id}
      title={title}
      description="Mean predicted recall a week from now of the items met (an item never got right counts as 0), and how many are not met yet (new)."
      table={{
        columns: [
          { header: "Tag" },
          { header: "Recall in a week", numeric: true },
          { header: "Items met", numeric: true },
          { header: "Never right yet", numeric: true },
          { header: "Not met yet", numeric: true },
        ],
        rows: rows.map((row) => [
          row.label,
          row.mastery === null ? "not met yet" : percent(row.mastery),
          `${row.met} of ${plural(row.items, "item")}`,
          row.neverRecalled,
          row.notMet,
        ]),
      }}
    >
      <BarListChart
        summary={summarizeMastery(title, rows)}
        axisLabel="Predicted recall in a week"
        rows={rows.map((row) => ({
          label: row.label,
          value: row.mastery,
          valueText: masteryValueText(row),
        }))}
      />
    </ChartFigure>
  );
}

import type { MemoryModelView, WorkloadForecast } from "@quizdeck/db/memory";
import { ChartFigure } from "@/components/charts/chart-figure";
import { ColumnChart } from "@/components/charts/column-chart";
import { formatDate } from "@/lib/format";
import styles from "./progress.module.css";
import { longDay, percent, shortDay } from "./series-text";
import { TargetRecallForm } from "./target-recall-form";
import {
  aboutReviews,
  choiceText,
  modelSourceText,
  roundReviews,
  summarizeWorkload,
} from "./workload-text";

/**
 * The learner's memory model in use, their target recall (theirs to choose,
 * each choice with its cost) and the flashcard reviews to expect each day at it.
 */
export function WorkloadSection({
  forecast,
  model,
  className,
  timeZone,
}: {
  forecast: WorkloadForecast;
  model: MemoryModelView;
  /** The class whose pooled fit is in use, if it is. */
  className: string | null;
  timeZone: string;
}) {
  const days = forecast.days;
  const shown = days.filter((day) => day.expectedReviews >= 0.05);
  const current = Math.round((model.chosenRetention ?? model.scheduling.desiredRetention) * 100);
  return (
    <section aria-labelledby="workload-heading" className={styles.section}>
      <h2 id="workload-heading">Target recall and workload</h2>
      <p>
        Each card comes back when your predicted recall of it has fallen to your target: a higher
        target means more reviews, a lower one fewer but more forgetting. Goals your teachers set
        can ask more for their cards. Your memory model: {modelSourceText({ ...model, className })}
        {model.fittedAt ? ` (fitted ${formatDate(model.fittedAt, timeZone)})` : ""}. Days turn at{" "}
        {model.scheduling.rolloverHour} a.m. in {model.scheduling.timeZone}.
      </p>
      <TargetRecallForm
        current={current}
        choices={forecast.choices.map((choice) => ({
          percent: Math.round(choice.desiredRetention * 100),
          text: choiceText(choice.desiredRetention, choice.expectedReviews, days.length),
        }))}
      />
      {forecast.cards === 0 ? (
        <p className="notice">
          The forecast appears once you have reviewed a flashcard: it follows the cards you have
          studied.
        </p>
      ) : (
        <ChartFigure
          id="workload-forecast"
          title={`Expected flashcard reviews per day, next ${days.length} days`}
          description={`At ${percent(forecast.desiredRetention)} target recall, from ${forecast.cards} cards you have studied (new cards you start add to it): the mean of 100 simulated futures in which you review each card on the day it falls due. The table lists the days with at least 0.1 expected.`}
          table={{
            columns: [{ header: "Day" }, { header: "Expected reviews", numeric: true }],
            rows: shown.map((day, index) => [
              day.dayKey === days[0]?.dayKey && index === 0
                ? `Today (${longDay(day.dayKey)})`
                : longDay(day.dayKey),
              `${roundReviews(day.expectedReviews).toFixed(1)} (${aboutReviews(day.expectedReviews)})`,
            ]),
          }}
        >
          <ColumnChart
            id="workload-forecast-chart"
            summary={summarizeWorkload(days, forecast.desiredRetention)}
            categories={days.map((day, index) => (index === 0 ? "Today" : shortDay(day.dayKey)))}
            categoryTitles={days.map((day) => longDay(day.dayKey))}
            series={[
              {
                name: "Expected reviews",
                values: days.map((day) => roundReviews(day.expectedReviews)),
              },
            ]}
            kind="count"
            xAxisLabel="Day"
            yAxisLabel="Expected reviews"
            bandWidth={16}
            maxLabels={6}
            labelFrom="start"
          />
        </ChartFigure>
      )}
    </section>
  );
}

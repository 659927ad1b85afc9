import type { ClassModelReport } from "@quizdeck/db/fitting";
import { ChartFigure, ChartLegend, DataTable } from "@/components/charts/chart-figure";
import { ColumnChart } from "@/components/charts/column-chart";
import { formatDateTime, formatPercent } from "@/lib/format";
import { binLabel, calibrationGap, summarizeCalibration } from "./calibration-text";

const count = (value: number) => value.toLocaleString("en");
const students = (value: number) => `${value} ${value === 1 ? "student" : "students"}`;

/** What the class's pooled fit is, in a sentence. */
function fitText(report: ClassModelReport, timeZone: string): string {
  const { fit, thresholds } = report;
  if (!fit) {
    return report.pending
      ? "The class has not been fitted yet: its first fit is waiting in the queue and runs within minutes."
      : "The class has not been fitted yet: its first fit runs once a student has reviewed something, then every night.";
  }
  const when = formatDateTime(fit.fittedAt, timeZone);
  if (!fit.fitted) {
    return `Last looked at ${when}: ${count(fit.reviews)} reviews, fewer than the ${count(thresholds.classReviews)} a pooled fit needs, so no class parameters yet.`;
  }
  const loss =
    fit.logLoss !== null && fit.defaultLogLoss !== null
      ? ` On those reviews its log loss is ${fit.logLoss.toFixed(3)}, against ${fit.defaultLogLoss.toFixed(3)} for FSRS's standard parameters (lower is better).`
      : "";
  return `The class's pooled parameters were fitted ${when} on ${count(fit.reviews)} reviews of its students.${loss}`;
}

/**
 * How well the memory model serves the class: which parameters schedule how
 * many students, and calibration (predicted recall against what happened).
 */
export function ClassModelSection({
  report,
  timeZone,
}: {
  report: ClassModelReport;
  timeZone: string;
}) {
  const { usage, thresholds, calibration } = report;
  const bins = calibration?.inUse ?? [];
  const labels = bins.map((bin, index) => binLabel(bin, index === 0));
  const gapInUse = calibrationGap(bins);
  const gapDefaults = calibrationGap(calibration?.defaults ?? []);
  const series = [
    { name: "Predicted recall", values: bins.map((bin) => bin.predicted), style: "solid" as const },
    { name: "Actual recall", values: bins.map((bin) => bin.actual), style: "hatched" as const },
  ];
  return (
    <section aria-labelledby="model-heading" className="stack">
      <h2 id="model-heading">How well the memory model predicts</h2>
      <p>
        Each student's cards and questions are scheduled by FSRS with parameters fitted to their own
        reviews once they have {count(thresholds.studentReviews)}, else to their class's pooled
        reviews once it has {count(thresholds.classReviews)}, else FSRS's standard ones. Fits run in
        the background after every few hundred reviews and each night. {fitText(report, timeZone)}
      </p>
      <DataTable
        caption="Parameters in use"
        table={{
          columns: [{ header: "Parameters" }, { header: "Students", numeric: true }],
          rows: [
            ["Fitted to the student's own reviews", usage.student],
            ["This class's pooled fit", usage.thisClass],
            ["Another class's pooled fit (one with more reviews)", usage.otherClass],
            ["FSRS's standard parameters", usage.default],
          ],
        }}
      />
      {!calibration || calibration.predictions === 0 ? (
        <p className="notice">
          Calibration appears once the class has reviews to predict: an item reviewed again on a
          later day than before.
        </p>
      ) : (
        <>
          <p>
            Of {count(calibration.predictions)} reviews on a later day than the item's previous one,
            the chart groups them by the recall the model predicted from each student's history, and
            shows the share actually recalled (rated Hard or better, or a quiz answer at least half
            right). A well-calibrated model has the two bars equal.
            {gapInUse !== null && gapDefaults !== null
              ? ` On average predictions are off by ${gapInUse.toFixed(1)} percentage points with the parameters in use, and would be by ${gapDefaults.toFixed(1)} with FSRS's standard ones.`
              : ""}{" "}
            {students(report.students)} in the class.
          </p>
          <ChartFigure
            id="calibration"
            title="Predicted and actual recall"
            description="Bins of predicted recall; in each, the mean prediction (solid) and the share recalled (striped). Every review predicted under the lowest bin's top is counted in it."
            legend={<ChartLegend id="calibration" items={series} />}
            table={{
              columns: [
                { header: "Predicted recall" },
                { header: "Reviews", numeric: true },
                { header: "Mean prediction", numeric: true },
                { header: "Actually recalled", numeric: true },
              ],
              rows: bins.map((bin, index) => [
                labels[index] ?? "",
                count(bin.reviews),
                formatPercent(bin.predicted),
                formatPercent(bin.actual),
              ]),
            }}
          >
            <ColumnChart
              id="calibration-chart"
              summary={summarizeCalibration(bins)}
              categories={labels}
              series={series}
              kind="score"
              xAxisLabel="Predicted recall"
              yAxisLabel="Recall"
              bandWidth={64}
            />
          </ChartFigure>
        </>
      )}
    </section>
  );
}

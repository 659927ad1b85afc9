import type { Fit } from "@quizdeck/core/optimizer";
import type { FitTiming } from "./time-series-evaluation.ts";

type Model = "default" | "student" | "class" | "chosen" | "truth";

/** A held-out test of several sets of weights on one learner's reviews. */
export interface Scored {
  testSequences: number;
  default: Fit;
  student: Fit;
  class: Fit;
  chosen?: Fit;
  truth?: Fit | null;
}

/** A scored test that also knows the review counts the choice rule looks at. */
export interface Counted extends Scored {
  studentReviews: number;
  classReviews: number;
}

const fitOf = (result: Scored, model: Model): Fit | null => result[model] ?? null;

/** Mean of a figure over held-out windows, each weighted by its held-out reviews. */
export function weightedMean(
  results: readonly Scored[],
  model: Model,
  figure: keyof Fit,
): number | null {
  let sum = 0;
  let weight = 0;
  for (const result of results) {
    const fit = fitOf(result, model);
    if (!fit) continue;
    sum += fit[figure] * result.testSequences;
    weight += result.testSequences;
  }
  return weight > 0 ? sum / weight : null;
}

/** Share of windows where `model` predicted better (lower log loss) than `than`. */
export function shareBetter(results: readonly Scored[], model: Model, than: Model): number {
  if (results.length === 0) return Number.NaN;
  const better = results.filter(
    (result) =>
      (fitOf(result, model)?.logLoss ?? Infinity) < (fitOf(result, than)?.logLoss ?? Infinity),
  );
  return better.length / results.length;
}

const four = (value: number | null) => (value === null ? "—" : value.toFixed(4));
const percent = (value: number) => (Number.isNaN(value) ? "—" : `${Math.round(value * 100)}%`);
const count = (value: number) => value.toLocaleString("en");

export interface Bucket<T extends Scored = Scored> {
  low: number;
  high: number;
  results: T[];
}

export function bucketsBy<T extends Scored>(
  results: readonly T[],
  key: (result: T) => number,
  bounds: readonly number[],
): Bucket<T>[] {
  return bounds.map((low, index) => {
    const high = bounds[index + 1] ?? Infinity;
    return { low, high, results: results.filter((r) => key(r) >= low && key(r) < high) };
  });
}

const range = (bucket: Bucket) =>
  bucket.high === Infinity
    ? `${count(bucket.low)}+`
    : `${count(bucket.low)}–${count(bucket.high - 1)}`;

/**
 * The smallest bucket bound from which `better` holds in that bucket and in every
 * larger one that has windows; null when it never settles.
 */
export function thresholdFrom(buckets: readonly Bucket[], better: (bucket: Bucket) => boolean) {
  const filled = buckets.filter((bucket) => bucket.results.length > 0);
  let threshold: number | null = null;
  for (let i = filled.length - 1; i >= 0; i--) {
    const bucket = filled[i] as Bucket;
    if (!better(bucket)) break;
    threshold = bucket.low;
  }
  return threshold;
}

export const beatsOnAverage = (bucket: Bucket, model: Model, than: Model) =>
  (weightedMean(bucket.results, model, "logLoss") ?? Infinity) <
  (weightedMean(bucket.results, than, "logLoss") ?? Infinity);

export function overallTable(results: readonly Scored[], ruleLabel: string): string {
  const rows: [string, Model][] = [
    ["FSRS-6 defaults", "default"],
    ["fitted to the student", "student"],
    ["fitted to the class (pooled)", "class"],
    [ruleLabel, "chosen"],
    ["the simulation's true weights (a floor)", "truth"],
  ];
  const lines = rows
    .filter(([, model]) => weightedMean(results, model, "logLoss") !== null)
    .map(
      ([label, model]) =>
        `| ${label} | ${four(weightedMean(results, model, "logLoss"))} | ${four(weightedMean(results, model, "rmseBins"))} | ${model === "default" ? "—" : percent(shareBetter(results, model, "default"))} |`,
    );
  return [
    "| weights | log loss | RMSE (bins) | windows better than the defaults |",
    "| --- | ---: | ---: | ---: |",
    ...lines,
  ].join("\n");
}

export function studentBucketTable(buckets: readonly Bucket[]): string {
  const lines = buckets
    .filter((bucket) => bucket.results.length > 0)
    .map((bucket) => {
      const r = bucket.results;
      return `| ${range(bucket)} | ${count(r.length)} | ${four(weightedMean(r, "default", "logLoss"))} | ${four(weightedMean(r, "student", "logLoss"))} | ${four(weightedMean(r, "class", "logLoss"))} | ${four(weightedMean(r, "chosen", "logLoss"))} | ${percent(shareBetter(r, "student", "default"))} | ${percent(shareBetter(r, "class", "default"))} | ${percent(shareBetter(r, "student", "class"))} |`;
    });
  return [
    "| student's reviews before the cutoff | windows | defaults | student fit | class fit | choice rule | student fit beats defaults | class fit beats defaults | student fit beats class fit |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...lines,
  ].join("\n");
}

export function classBucketTable(buckets: readonly Bucket[]): string {
  const lines = buckets
    .filter((bucket) => bucket.results.length > 0)
    .map((bucket) => {
      const r = bucket.results;
      return `| ${range(bucket)} | ${count(r.length)} | ${four(weightedMean(r, "default", "logLoss"))} | ${four(weightedMean(r, "class", "logLoss"))} | ${percent(shareBetter(r, "class", "default"))} |`;
    });
  return [
    "| class's reviews before the cutoff | windows | defaults | class fit | class fit beats defaults |",
    "| ---: | ---: | ---: | ---: | ---: |",
    ...lines,
  ].join("\n");
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const low = sorted[Math.floor(position)] as number;
  const high = sorted[Math.ceil(position)] as number;
  return low + (high - low) * (position - Math.floor(position));
}

const ms = (value: number) =>
  Number.isNaN(value) ? "—" : `${value.toFixed(value < 10 ? 1 : 0)} ms`;

export function timingTable(timings: readonly FitTiming[]): string {
  const groups: [string, FitTiming[]][] = [
    [
      "student, under 500 sequences",
      timings.filter((t) => t.kind === "student" && t.sequences < 500),
    ],
    [
      "student, 500–1,999",
      timings.filter((t) => t.kind === "student" && t.sequences >= 500 && t.sequences < 2000),
    ],
    ["student, 2,000 or more", timings.filter((t) => t.kind === "student" && t.sequences >= 2000)],
    ["class (pooled)", timings.filter((t) => t.kind === "class")],
  ];
  const lines = groups
    .filter(([, group]) => group.length > 0)
    .map(([label, group]) => {
      const wall = group.map((t) => t.wallMs);
      const cpu = group.map((t) => t.cpuMs);
      const sequences = group.map((t) => t.sequences);
      return `| ${label} | ${count(group.length)} | ${count(Math.round(quantile(sequences, 0.5)))} | ${ms(quantile(wall, 0.5))} | ${ms(quantile(wall, 0.95))} | ${ms(quantile(cpu, 0.5))} | ${count(group.filter((t) => t.defaultsReturned).length)} |`;
    });
  return [
    "| fit | fits | median sequences | median wall time | p95 wall time | median CPU time | answered the defaults (too little data) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...lines,
  ].join("\n");
}

/** The learning curve by the number of the learner's first reviews fitted. */
export function curveTable(points: readonly Counted[]) {
  const sizes = [...new Set(points.map((point) => point.studentReviews))].sort((a, b) => a - b);
  const lines = sizes.map((size) => {
    const r = points.filter((point) => point.studentReviews === size);
    const classSizes = r.map((point) => point.classReviews);
    return `| ${count(size)} | ${count(r.length)} | ${count(Math.round(quantile(classSizes, 0.5)))} | ${four(weightedMean(r, "default", "logLoss"))} | ${four(weightedMean(r, "student", "logLoss"))} | ${four(weightedMean(r, "class", "logLoss"))} | ${percent(shareBetter(r, "student", "default"))} | ${percent(shareBetter(r, "class", "default"))} | ${percent(shareBetter(r, "student", "class"))} |`;
  });
  return [
    "| student's first reviews fitted | learners | class's reviews then (median) | defaults | student fit | class fit | student fit beats defaults | class fit beats defaults | student fit beats class fit |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...lines,
  ].join("\n");
}

/** Log loss of the choice rule over `results`, had it used these thresholds. */
function ruleLogLoss(results: readonly Counted[], studentReviews: number, classReviews: number) {
  let sum = 0;
  let weight = 0;
  for (const result of results) {
    const fit =
      result.studentReviews >= studentReviews
        ? result.student
        : result.classReviews >= classReviews
          ? result.class
          : result.default;
    sum += fit.logLoss * result.testSequences;
    weight += result.testSequences;
  }
  return weight > 0 ? sum / weight : Number.NaN;
}

/**
 * The choice rule's log loss for a grid of thresholds, in both evaluations (weekly
 * splits / learning curve), so the shipped thresholds can be checked against the
 * alternatives.
 */
export function thresholdGrid(
  weekly: readonly Counted[],
  curve: readonly Counted[],
  studentOptions: readonly number[],
  classOptions: readonly number[],
): string {
  const label = (value: number) => (value === Infinity ? "never" : count(value));
  const header = `| student's own weights from ↓, class's from → | ${classOptions.map(label).join(" | ")} |`;
  const lines = studentOptions.map(
    (student) =>
      `| ${label(student)} | ${classOptions
        .map(
          (klass) =>
            `${four(ruleLogLoss(weekly, student, klass))} / ${four(ruleLogLoss(curve, student, klass))}`,
        )
        .join(" | ")} |`,
  );
  return [header, `| ---: | ${classOptions.map(() => "---:").join(" | ")} |`, ...lines].join("\n");
}

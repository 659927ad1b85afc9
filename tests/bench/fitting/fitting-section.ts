import { DEFAULT_PARAMETER_THRESHOLDS } from "@quizdeck/core/fitting";
import type { Machine } from "../support/report.ts";
import {
  beatsOnAverage,
  bucketsBy,
  classBucketTable,
  curveTable,
  overallTable,
  studentBucketTable,
  thresholdFrom,
  thresholdGrid,
  timingTable,
  weightedMean,
} from "./fitting-report.ts";
import type { ForecastBench } from "./forecast-bench.ts";
import type { CurvePoint } from "./learning-curve.ts";
import { SIMULATION, type StudentHistory } from "./simulated-classes.ts";
import type { FitTiming, HeldOutResult } from "./time-series-evaluation.ts";

export const FITTING_HEADING = "## Memory fitted to each student";
/** The command that runs this part alone. */
export const ALONE = "npx tsx tests/bench/run-fitting-bench.ts";

const STUDENT_BOUNDS = [0, 100, 200, 400, 800, 1600, 3200];
const CLASS_BOUNDS = [0, 500, 1000, 2000, 4000, 8000, 16000, 32000];

type OwnCheck = { fitted: number; defaults: number; students: number } | null;

export interface FittingRun {
  command: string;
  host: Machine;
  seconds: number;
  stepDays: number;
  curveWindowDays: number;
  histories: StudentHistory[];
  weekly: { results: HeldOutResult[]; timings: FitTiming[] };
  curve: CurvePoint[];
  own: OwnCheck;
  typical: StudentHistory;
  forecast: ForecastBench;
  demo: StudentHistory[];
  demoRun: { results: HeldOutResult[]; timings: FitTiming[] };
  demoOwn: OwnCheck;
}

const en = (value: number) => value.toLocaleString("en");
const from = (value: number | null) =>
  value === null ? "never, in this run" : `${en(value)} reviews`;
const minMax = (values: number[]) => `${en(Math.min(...values))}–${en(Math.max(...values))}`;

function sources(results: readonly HeldOutResult[]) {
  const counts = new Map<string, number>();
  for (const result of results) {
    counts.set(result.chosenSource, (counts.get(result.chosenSource) ?? 0) + 1);
  }
  return counts.size === 0
    ? "nothing (no window to score)"
    : [...counts].map(([source, n]) => `${source} weights ${n} times`).join(", ");
}

function simulationText(run: FittingRun) {
  const reviews = run.histories.map((history) => history.log.length);
  const s = SIMULATION;
  return `**Simulated classes.** ${s.classes} classes of ${s.studentsPerClass} students, ${s.days} days (the last ${s.lateJoiners} students of each class join on day ${s.joinDay}). Each class has its own true FSRS-6 weights, drawn around the defaults (each weight × e^(${s.spread.class}·N(0,1)), kept in FSRS-6's bounds), and each student's are drawn around the class's (spread ${s.spread.student}); true recall follows those weights on real elapsed time (memory does not wait for whole days). Students differ in time zone (Almaty, Berlin, Los Angeles, UTC, Tokyo), how often they study (35–95% of days), new cards a day (3–14), how they rate a passed card, and how often they take a six-question quiz (a forgotten question guessed right 25–50% of the time); they study in their evening (17:00 to 02:00), due cards first, then new ones, learning steps in the same session, and the app's scheduler (default weights, their own time zone) decides what is due, as it does today. ${run.histories.length} students, ${minMax(reviews)} reviews each.`;
}

function demoText(run: FittingRun) {
  const results = run.demoRun.results;
  const fits = run.demoRun.timings;
  const mean = (model: "default" | "student" | "class") =>
    (weightedMean(results, model, "logLoss") ?? Number.NaN).toFixed(4);
  const scored =
    results.length === 0
      ? "no window had enough held-out reviews for fsrs-rs to score"
      : `${results.length} student-windows, log loss ${mean("default")} with the defaults, ${mean("student")} fitted to the student, ${mean("class")} fitted to the class`;
  const own = run.demoOwn
    ? `${run.demoOwn.fitted.toFixed(4)} fitted against ${run.demoOwn.defaults.toFixed(4)} for the defaults (${run.demoOwn.students} students)`
    : "too little data to split";
  return `**The demo seed's histories** (\`npm run db:seed\`: ${run.demo.length} students, 28 days, ${minMax(run.demo.map((h) => h.log.length))} reviews each, ${minMax(run.demo.map((h) => h.sequences.length))} of them predictable by the optimizer; the seed runs on a fresh in-memory PGlite database, the accounts' days are UTC's). Cutoffs on days 14 and 21, each tested on the next 7 days: ${scored}; ${fits.filter((fit) => fit.defaultsReturned).length} of ${fits.length} fits answered the defaults. fsrs-rs's own time-series check: ${own}. With the shipped thresholds the choice rule picks ${sources(results)}.`;
}

/** The section of docs/benchmarks.md, from one run's figures. */
export function fittingSection(run: FittingRun): string {
  const { results, timings } = run.weekly;
  const thresholds = DEFAULT_PARAMETER_THRESHOLDS;
  const ruleLabel = `choice rule (student from ${en(thresholds.studentReviews)} reviews, else class from ${en(thresholds.classReviews)})`;
  const overall = (model: "default" | "student" | "class") =>
    weightedMean(results, model, "logLoss") ?? Number.NaN;
  const gain = (model: "student" | "class") =>
    `${(((overall("default") - overall(model)) / overall("default")) * 100).toFixed(1)}%`;

  const curveBuckets = bucketsBy(
    run.curve,
    (point) => point.studentReviews,
    [...new Set(run.curve.map((p) => p.studentReviews))].sort((a, b) => a - b),
  );
  const studentBeatsDefaults = thresholdFrom(curveBuckets, (b) =>
    beatsOnAverage(b, "student", "default"),
  );
  const studentBeatsBoth = thresholdFrom(
    curveBuckets,
    (b) => beatsOnAverage(b, "student", "default") && beatsOnAverage(b, "student", "class"),
  );
  const weeklyStudentBuckets = bucketsBy(results, (r) => r.studentReviews, STUDENT_BOUNDS);
  const weeklyStudentBeatsBoth = thresholdFrom(
    weeklyStudentBuckets,
    (b) => beatsOnAverage(b, "student", "default") && beatsOnAverage(b, "student", "class"),
  );
  const classBuckets = bucketsBy(results, (r) => r.classReviews, CLASS_BOUNDS);
  const classBeatsDefaults = thresholdFrom(classBuckets, (b) =>
    beatsOnAverage(b, "class", "default"),
  );
  const forecast = run.forecast;
  const alone = run.command === ALONE ? "" : ` (this part alone: \`${ALONE}\`)`;

  return `${FITTING_HEADING}

Measured ${new Date().toISOString().slice(0, 10)} on ${run.host.cores} cores (${run.host.cpu}), Node.js ${run.host.node}; 1-minute load average ${run.host.load.toFixed(2)} at the start; ${run.seconds.toFixed(0)} s. Command: \`${run.command}\`${alone}. Sources: \`tests/bench/run-fitting-bench.ts\`, \`tests/bench/fitting/\`, the simulated learners in \`packages/core/test/support/simulated-student.ts\`.

${simulationText(run)}

**Time-series splits.** Every ${run.stepDays} days a cutoff: each student is fitted on their own reviews before it, each class on all its students' reviews before it (the nightly job's view), and every set of weights is scored on each student's reviews in the ${run.stepDays} days after it (a review on a later day than the item's previous one is predicted; same-day learning steps are history, as in the FSRS benchmark). Log loss and RMSE (bins) are fsrs-rs's own figures (\`evaluate\`), averaged over the ${en(results.length)} student-windows weighted by their held-out reviews; lower is better.

${overallTable(results, ruleLabel)}

Over all windows, fitting to the student lowers log loss by ${gain("student")} and pooling the class by ${gain("class")} against the defaults (the FSRS benchmark on real Anki users: 0.339 → 0.321, 5.3%).

**From how many reviews.** Each student fitted on their first n reviews (their class on all it had by then), every set of weights scored on the student's next ${run.curveWindowDays} days (log loss):

${curveTable(run.curve)}

And by the class's size at the weekly cutoffs above:

${classBucketTable(classBuckets)}

So, on average at that size and every larger one: the student's own fit beats the defaults from ${from(studentBeatsDefaults)}, and the class's pooled fit too from ${from(studentBeatsBoth)} (in the weekly splits below, from ${from(weeklyStudentBeatsBoth)}); the class's pooled fit beats the defaults from ${from(classBeatsDefaults)} in the class. The app ships \`DEFAULT_PARAMETER_THRESHOLDS\` (\`packages/core/src/fitting/parameter-choice.ts\`): the student's own weights from ${en(thresholds.studentReviews)} of their reviews, else the class's from ${en(thresholds.classReviews)} in the class, else the defaults. The weekly splits by the student's reviews before the cutoff, with what that choice rule gives:

${studentBucketTable(weeklyStudentBuckets)}

The choice rule's log loss with other thresholds (weekly splits / learning curve; "never" leaves that fit out):

${thresholdGrid(results, run.curve, [400, 800, 1600, 3200, 6400, Infinity], [0, 500, 1000, 2000, 4000, Infinity])}

fsrs-rs's own check (\`evaluateWithTimeSeriesSplits\` on each student's whole history): ${run.own ? `log loss ${run.own.fitted.toFixed(4)} for per-student fits, against ${run.own.defaults.toFixed(4)} for the defaults on the same histories (${run.own.students} students; its folds are not the ones above, so the figures do not compare line by line)` : "too little data"}.

**Optimizer runtime** (\`computeParameters\` of \`@open-spaced-repetition/binding\` 0.5.0; fsrs-rs trains on its own thread, so CPU time is the process's; the binding polls for the result every 5 ms here, its default 500 ms would add half a second to every fit; wall times include waiting for the 2 cores with whatever else ran, see the load average):

${timingTable(timings)}

**Workload forecast** (\`forecastWorkload\`, 100 seeded simulated futures of the learner's own items, 30 days): for the simulated student with the median number of reviews (${en(run.typical.log.length)} reviews, ${forecast.items} items, at the end of the simulation, no new items), ${forecast.medianMs.toFixed(1)} ms per forecast (median wall time; ${forecast.cpuMs.toFixed(1)} ms of CPU); expected reviews over the 30 days (the first 7 in brackets): ${forecast.totals.map((total) => `${total.reviews.toFixed(0)} (${total.firstWeek.toFixed(0)}) at ${total.retention.toFixed(2)}`).join(", ")}.

${demoText(run)}
`;
}

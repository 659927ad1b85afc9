/**
 * The evaluation of per-student and per-class FSRS fitting: part of `npm run bench`
 * (run-bench.ts calls it), or alone with `npx tsx tests/bench/run-fitting-bench.ts`.
 * Writes its own section of docs/benchmarks.md.
 */
import { fileURLToPath } from "node:url";
import { DEFAULT_PARAMETER_THRESHOLDS } from "@quizdeck/core/fitting";
import { evaluateFitOverTime, evaluateWeights } from "@quizdeck/core/optimizer";
import { DEFAULT_WEIGHTS } from "@quizdeck/core/scheduling";
import { DEMO_NOW, demoHistories } from "./fitting/demo-histories.ts";
import {
  beatsOnAverage,
  bucketsBy,
  classBucketTable,
  overallTable,
  studentBucketTable,
  thresholdFrom,
  timingTable,
  weightedMean,
} from "./fitting/fitting-report.ts";
import {
  SIMULATION,
  type StudentHistory,
  simulatedHistories,
} from "./fitting/simulated-classes.ts";
import { cutoffs, evaluateOverTime, type HeldOutResult } from "./fitting/time-series-evaluation.ts";
import { machine, writeSection } from "./support/report.ts";

const DOC = fileURLToPath(new URL("../../docs/benchmarks.md", import.meta.url));
export const FITTING_HEADING = "## Memory fitted to each student";
const STEP_DAYS = 7;
const DAY = 86_400_000;

const STUDENT_BOUNDS = [0, 100, 200, 400, 800, 1600, 3200];
const CLASS_BOUNDS = [0, 500, 1000, 2000, 4000, 8000, 16000, 32000];

/** fsrs-rs's own time-series check of per-student fitting, next to the defaults on the same histories. */
async function optimizerOwnCheck(histories: readonly StudentHistory[]) {
  let fitted = 0;
  let defaults = 0;
  let weight = 0;
  let students = 0;
  for (const history of histories) {
    const own = await evaluateFitOverTime(history.sequences);
    const base = evaluateWeights(DEFAULT_WEIGHTS, history.sequences);
    if (!own || !base) continue;
    fitted += own.logLoss * history.sequences.length;
    defaults += base.logLoss * history.sequences.length;
    weight += history.sequences.length;
    students += 1;
  }
  return weight > 0 ? { fitted: fitted / weight, defaults: defaults / weight, students } : null;
}

const ruleLabel = `choice rule (student from ${DEFAULT_PARAMETER_THRESHOLDS.studentReviews.toLocaleString("en")} reviews, else class from ${DEFAULT_PARAMETER_THRESHOLDS.classReviews.toLocaleString("en")})`;
const sources = (results: readonly HeldOutResult[]) => {
  const counts = new Map<string, number>();
  for (const result of results)
    counts.set(result.chosen.source, (counts.get(result.chosen.source) ?? 0) + 1);
  return counts.size === 0
    ? "nothing (no window to score)"
    : [...counts].map(([source, n]) => `${source} weights ${n} times`).join(", ");
};
const at = (value: number | null) =>
  value === null ? "never, in this run" : `${value.toLocaleString("en")} reviews`;

export async function runFittingBench(command: string, log: (text: string) => void) {
  const started = performance.now();
  const host = machine();
  log("fitting: simulating the classes");
  const histories = simulatedHistories();
  const reviews = histories.map((history) => history.log.length);
  log(`fitting: ${reviews.reduce((a, b) => a + b, 0).toLocaleString("en")} simulated reviews`);
  const { results, timings } = await evaluateOverTime(
    histories,
    cutoffs(SIMULATION.start, SIMULATION.days, STEP_DAYS),
    STEP_DAYS,
    DEFAULT_PARAMETER_THRESHOLDS,
    (text) => log(`fitting: ${text}`),
  );
  log("fitting: fsrs-rs's own time-series splits");
  const own = await optimizerOwnCheck(histories);

  log("fitting: the demo seed's histories");
  const demo = await demoHistories();
  const demoStart = DEMO_NOW.getTime() - 28 * DAY;
  const demoRun = await evaluateOverTime(
    demo,
    [new Date(demoStart + 14 * DAY), new Date(demoStart + 21 * DAY)],
    STEP_DAYS,
    DEFAULT_PARAMETER_THRESHOLDS,
  );
  const demoOwn = await optimizerOwnCheck(demo);
  const seconds = (performance.now() - started) / 1000;

  const studentBuckets = bucketsBy(results, (r) => r.studentReviews, STUDENT_BOUNDS);
  const classBuckets = bucketsBy(results, (r) => r.classReviews, CLASS_BOUNDS);
  const studentFrom = thresholdFrom(
    studentBuckets,
    (bucket) =>
      beatsOnAverage(bucket, "student", "default") && beatsOnAverage(bucket, "student", "class"),
  );
  const studentBeatsDefaultFrom = thresholdFrom(studentBuckets, (bucket) =>
    beatsOnAverage(bucket, "student", "default"),
  );
  const classFrom = thresholdFrom(classBuckets, (bucket) =>
    beatsOnAverage(bucket, "class", "default"),
  );
  const demoReviews = demo.map((history) => history.log.length);
  const demoSequences = demo.map((history) => history.sequences.length);
  const demoResults = demoRun.results;
  const demoFits = demoRun.timings;
  const minMax = (values: number[]) => `${Math.min(...values)}–${Math.max(...values)}`;
  const overallDefault = weightedMean(results, "default", "logLoss") ?? Number.NaN;
  const overallStudent = weightedMean(results, "student", "logLoss") ?? Number.NaN;
  const overallClass = weightedMean(results, "class", "logLoss") ?? Number.NaN;
  const gain = (value: number) =>
    `${(((overallDefault - value) / overallDefault) * 100).toFixed(1)}%`;

  const section = `${FITTING_HEADING}

Measured ${new Date().toISOString().slice(0, 10)} on ${host.cores} cores (${host.cpu}), Node.js ${host.node}; 1-minute load average ${host.load.toFixed(2)} at the start; ${seconds.toFixed(0)} s. Command: \`${command}\` (this part alone: \`npx tsx tests/bench/run-fitting-bench.ts\`). Sources: \`tests/bench/run-fitting-bench.ts\`, \`tests/bench/fitting/\`, the simulated learners in \`packages/core/test/support/simulated-student.ts\`.

**Simulated classes.** ${SIMULATION.classes} classes of ${SIMULATION.studentsPerClass} students, ${SIMULATION.days} days (the last ${SIMULATION.lateJoiners} students of each class join on day ${SIMULATION.joinDay}). Each class has its own true FSRS-6 weights, drawn around the defaults (each weight × e^(${SIMULATION.spread.class}·N(0,1)), kept in FSRS-6's bounds), and each student's are drawn around the class's (spread ${SIMULATION.spread.student}); true recall follows those weights on real elapsed time (memory does not wait for whole days). Students differ in time zone (Almaty, Berlin, Los Angeles, UTC, Tokyo), how often they study (35–95% of days), new cards a day (3–14), how they rate a passed card, and how often they take a six-question quiz (a question guessed right 25–50% of the time when forgotten); they study in their evening (17:00 to 02:00), due cards first, then new ones, learning steps in the same session, and the app's scheduler (default weights, their own time zone) decides what is due, as it does today. ${reviews.length} students, ${Math.min(...reviews).toLocaleString("en")}–${Math.max(...reviews).toLocaleString("en")} reviews each.

**Time-series splits.** Every ${STEP_DAYS} days a cutoff: each student is fitted on their own reviews before it, each class on all its students' reviews before it (the nightly job's view), and every set of weights is scored on each student's reviews in the ${STEP_DAYS} days after it (a review on a later day than the item's previous one is predicted; same-day learning steps are history, as in the FSRS benchmark). Log loss and RMSE (bins) are fsrs-rs's own figures (\`evaluate\`), averaged over the ${results.length.toLocaleString("en")} student-windows weighted by their held-out reviews; lower is better.

${overallTable(results, ruleLabel)}

Over all windows, fitting to the student lowers log loss by ${gain(overallStudent)} and pooling the class by ${gain(overallClass)} against the defaults (the FSRS benchmark on real Anki users: 0.339 → 0.321, 5.3%).

By how many reviews the student had before the cutoff (log loss):

${studentBucketTable(studentBuckets)}

By how many reviews the whole class had before the cutoff:

${classBucketTable(classBuckets)}

From how many reviews each beats the defaults (on average in that range and every larger one): the student's own fit from ${at(studentBeatsDefaultFrom)}, and beats the class's pooled fit too from ${at(studentFrom)}; the class fit from ${at(classFrom)} in the class. The thresholds the app ships (\`DEFAULT_PARAMETER_THRESHOLDS\` in \`packages/core/src/fitting/parameter-choice.ts\`): student ${DEFAULT_PARAMETER_THRESHOLDS.studentReviews.toLocaleString("en")}, class ${DEFAULT_PARAMETER_THRESHOLDS.classReviews.toLocaleString("en")}.

fsrs-rs's own check (\`evaluateWithTimeSeriesSplits\` on each student's whole history): ${own ? `log loss ${own.fitted.toFixed(4)} for per-student fits, against ${own.defaults.toFixed(4)} for the defaults on the same histories (${own.students} students; its folds are not the ones above, so the two tables do not compare line by line)` : "too little data"}.

**Optimizer runtime** (\`computeParameters\` of \`@open-spaced-repetition/binding\` 0.5.0, fsrs-rs on its own thread; the binding polls for the result every 5 ms, its default 500 ms would add half a second to every fit):

${timingTable(timings)}

**The demo seed's histories** (\`npm run db:seed\`: ${demo.length} students, 28 days, ${minMax(demoReviews)} reviews each, ${minMax(demoSequences)} of them predictable by the optimizer; the seed runs on a fresh in-memory PGlite database, the accounts' days are UTC's). Cutoffs on days 14 and 21, each tested on the next 7 days: ${demoResults.length === 0 ? "no window had enough held-out reviews for fsrs-rs to score" : `${demoResults.length} student-windows, log loss ${(weightedMean(demoResults, "default", "logLoss") ?? Number.NaN).toFixed(4)} with the defaults, ${(weightedMean(demoResults, "student", "logLoss") ?? Number.NaN).toFixed(4)} fitted to the student, ${(weightedMean(demoResults, "class", "logLoss") ?? Number.NaN).toFixed(4)} fitted to the class`}; ${demoFits.filter((fit) => fit.defaultsReturned).length} of ${demoFits.length} fits answered the defaults. fsrs-rs's own time-series check: ${demoOwn ? `${demoOwn.fitted.toFixed(4)} fitted against ${demoOwn.defaults.toFixed(4)} for the defaults (${demoOwn.students} students)` : "too little data to split"}. With the shipped thresholds the choice rule picks ${sources(demoRun.results)} for the demo's student-windows.
`;
  writeSection(DOC, section, FITTING_HEADING);
  log(`fitting: wrote ${DOC}`);
}

const isMain = process.argv[1] === fileURLToPath(import.meta.url);
if (isMain) {
  const started = performance.now();
  runFittingBench("npm run bench", (text) =>
    console.error(`[bench ${((performance.now() - started) / 1000).toFixed(1)} s] ${text}`),
  ).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

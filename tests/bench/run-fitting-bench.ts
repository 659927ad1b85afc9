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
import { ALONE, FITTING_HEADING, fittingSection } from "./fitting/fitting-section.ts";
import { benchForecast } from "./fitting/forecast-bench.ts";
import { learningCurve } from "./fitting/learning-curve.ts";
import {
  SIMULATION,
  type StudentHistory,
  simulatedHistories,
} from "./fitting/simulated-classes.ts";
import { cutoffs, evaluateOverTime } from "./fitting/time-series-evaluation.ts";
import { machine, writeSection } from "./support/report.ts";

const DOC = fileURLToPath(new URL("../../docs/benchmarks.md", import.meta.url));
const STEP_DAYS = 7;
const CURVE_SIZES = [50, 100, 200, 400, 800, 1600, 3200];
const CURVE_WINDOW_DAYS = 14;
const DAY = 86_400_000;

/** fsrs-rs's own time-series check of per-student fitting, next to the defaults on the same histories. */
export async function optimizerOwnCheck(histories: readonly StudentHistory[]) {
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

export async function runFittingBench(command: string, log: (text: string) => void) {
  const started = performance.now();
  const host = machine();
  const step = (text: string) => log(`fitting: ${text}`);
  step("simulating the classes");
  const histories = simulatedHistories();
  const weekly = await evaluateOverTime(
    histories,
    cutoffs(SIMULATION.start, SIMULATION.days, STEP_DAYS),
    STEP_DAYS,
    DEFAULT_PARAMETER_THRESHOLDS,
    step,
  );
  const curve = await learningCurve(histories, CURVE_SIZES, CURVE_WINDOW_DAYS, step);
  step("fsrs-rs's own time-series splits");
  const own = await optimizerOwnCheck(histories);
  step("the workload forecast");
  const typical = [...histories].sort((a, b) => a.log.length - b.log.length)[
    Math.floor(histories.length / 2)
  ] as StudentHistory;
  const forecast = benchForecast(
    typical,
    new Date(SIMULATION.start.getTime() + SIMULATION.days * DAY),
  );

  step("the demo seed's histories");
  const demo = await demoHistories();
  const demoStart = DEMO_NOW.getTime() - 28 * DAY;
  const demoRun = await evaluateOverTime(
    demo,
    [new Date(demoStart + 14 * DAY), new Date(demoStart + 21 * DAY)],
    STEP_DAYS,
    DEFAULT_PARAMETER_THRESHOLDS,
  );
  const demoOwn = await optimizerOwnCheck(demo);

  const section = fittingSection({
    command,
    host,
    seconds: (performance.now() - started) / 1000,
    stepDays: STEP_DAYS,
    curveWindowDays: CURVE_WINDOW_DAYS,
    histories,
    weekly,
    curve,
    own,
    typical,
    forecast,
    demo,
    demoRun,
    demoOwn,
  });
  writeSection(DOC, section, FITTING_HEADING);
  step(`wrote ${DOC}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  runFittingBench(ALONE, (text) =>
    console.error(`[bench ${((performance.now() - started) / 1000).toFixed(1)} s] ${text}`),
  ).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

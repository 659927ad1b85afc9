import {
  chooseWeights,
  type ParameterSource,
  type ParameterThresholds,
} from "@quizdeck/core/fitting";
import { evaluateWeights, type Fit, fitWeights, type WeightsFit } from "@quizdeck/core/optimizer";
import { DEFAULT_WEIGHTS } from "@quizdeck/core/scheduling";
import type { StudentHistory } from "./simulated-classes.ts";

const DAY = 86_400_000;

/** One learner at one cutoff: what each set of weights scored on their next window of reviews. */
export interface HeldOutResult {
  userId: string;
  classId: string;
  cutoff: Date;
  /** Reviews before the cutoff: the learner's, and their whole class's. */
  studentReviews: number;
  classReviews: number;
  /** Held-out sequences (predicted reviews) in the window after the cutoff. */
  testSequences: number;
  default: Fit;
  student: Fit;
  class: Fit;
  /** The simulation's true weights (absent for real data). */
  truth: Fit | null;
  /** What the choice rule picked with the thresholds given, and how that scored. */
  chosenSource: ParameterSource;
  chosen: Fit;
  studentFitDefaults: boolean;
}

export interface FitTiming {
  kind: "student" | "class";
  sequences: number;
  wallMs: number;
  /** Process CPU time (fsrs-rs trains on its own thread; nothing else runs meanwhile). */
  cpuMs: number;
  defaultsReturned: boolean;
}

async function timedFit(
  kind: FitTiming["kind"],
  sequences: StudentHistory["sequences"],
  reviews: number,
  timings: FitTiming[],
): Promise<WeightsFit> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const fit = await fitWeights(sequences, { reviews });
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  timings.push({
    kind,
    sequences: sequences.length,
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
    defaultsReturned: fit.defaultsReturned,
  });
  return fit;
}

/** Cutoffs every `stepDays` from `start`, each tested on the `stepDays` that follow it. */
export function cutoffs(start: Date, days: number, stepDays: number): Date[] {
  const result: Date[] = [];
  for (let day = stepDays; day + stepDays <= days; day += stepDays) {
    result.push(new Date(start.getTime() + day * DAY));
  }
  return result;
}

/**
 * Time-series splits: at each cutoff, fit each learner on their reviews before
 * it and each class on all its learners' reviews before it, then score default,
 * personal, pooled (and true) weights on each learner's reviews in the window
 * after it. Nothing after a cutoff is seen by a fit made at that cutoff.
 */
export async function evaluateOverTime(
  histories: readonly StudentHistory[],
  cuts: readonly Date[],
  windowDays: number,
  thresholds: ParameterThresholds,
  progress: (text: string) => void = () => {},
): Promise<{ results: HeldOutResult[]; timings: FitTiming[] }> {
  const results: HeldOutResult[] = [];
  const timings: FitTiming[] = [];
  const classes = [...new Set(histories.map((history) => history.classId))];
  for (const cutoff of cuts) {
    const windowEnd = cutoff.getTime() + windowDays * DAY;
    const before = (at: Date) => at.getTime() < cutoff.getTime();
    for (const classId of classes) {
      const members = histories.filter((history) => history.classId === classId);
      const classReviews = members.reduce(
        (sum, member) => sum + member.log.filter((review) => before(review.reviewedAt)).length,
        0,
      );
      const classSequences = members
        .flatMap((member) => member.sequences.filter((sequence) => before(sequence.reviewedAt)))
        .sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
      const classFit = await timedFit("class", classSequences, classReviews, timings);
      for (const member of members) {
        const test = member.sequences.filter(
          (sequence) => !before(sequence.reviewedAt) && sequence.reviewedAt.getTime() < windowEnd,
        );
        const defaultFit = evaluateWeights(DEFAULT_WEIGHTS, test);
        if (!defaultFit) continue;
        const studentReviews = member.log.filter((review) => before(review.reviewedAt)).length;
        const studentFit = await timedFit(
          "student",
          member.sequences.filter((sequence) => before(sequence.reviewedAt)),
          studentReviews,
          timings,
        );
        const chosen = chooseWeights({ student: studentFit, class: classFit }, thresholds);
        const score = (weights: readonly number[]) => evaluateWeights(weights, test) as Fit;
        results.push({
          userId: member.userId,
          classId,
          cutoff,
          studentReviews,
          classReviews,
          testSequences: test.length,
          default: defaultFit,
          student: score(studentFit.weights),
          class: score(classFit.weights),
          truth: member.trueWeights ? score(member.trueWeights) : null,
          chosenSource: chosen.source,
          chosen: score(chosen.weights),
          studentFitDefaults: studentFit.defaultsReturned,
        });
      }
    }
    progress(
      `cutoff ${cutoff.toISOString().slice(0, 10)}: ${results.length} held-out windows so far`,
    );
  }
  return { results, timings };
}

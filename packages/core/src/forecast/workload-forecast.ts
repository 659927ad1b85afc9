import { computeDecayFactor, FSRSAlgorithm, type Grade } from "ts-fsrs";
import { deriveSeed, seededRandom } from "../random/index.ts";
import {
  hasStudied,
  type MemorySnapshot,
  memoryModel,
  type SchedulingOptions,
} from "../scheduling/index.ts";
import { dayKeyOfNumber, learnerDayNumber, learnerDays } from "../time/index.ts";

/** How a learner rates the reviews they pass (shares of Hard, Good and Easy; they need not sum to 1). */
export interface PassRatings {
  hard: number;
  good: number;
  easy: number;
}

/** Roughly what FSRS's simulator assumes when nothing is known of the learner. */
export const TYPICAL_PASS_RATINGS: PassRatings = { hard: 0.15, good: 0.75, easy: 0.1 };

export interface WorkloadForecastInput {
  /** The learner's items; never-studied ones are skipped (they enter through `newItemsPerDay`). */
  memories: readonly MemorySnapshot[];
  now: Date;
  /** Time zone, rollover hour, weights and the desired retention to forecast for. */
  scheduling?: Omit<SchedulingOptions, "fuzzKey">;
  /** Days forecast, today first. Default 30. */
  days?: number;
  /** New items learnt per day (each costs its first two reviews that day). Default 0. */
  newItemsPerDay?: number;
  /** How many new items there are to learn. Default: no limit. */
  newItemsAvailable?: number;
  passRatings?: PassRatings;
  /** Simulated futures averaged. Default 100. */
  runs?: number;
  seed?: number;
}

export interface ForecastDay {
  /** The learner's day ("2026-03-29"). */
  dayKey: string;
  /** Reviews expected that day (a mean over the simulated futures). */
  expectedReviews: number;
}

/** Thrown for a forecast asked with impossible settings. */
export class InvalidForecastError extends RangeError {
  override name = "InvalidForecastError";
}

interface SimulatedItem {
  stability: number;
  difficulty: number;
  lastDay: number;
  dueDay: number;
}

function check(name: string, value: number, low: number, high: number) {
  if (!Number.isInteger(value) || value < low || value > high) {
    throw new InvalidForecastError(
      `${name} must be a whole number from ${low} to ${high}, not ${value}.`,
    );
  }
}

/**
 * Expected reviews per learner day over the coming days at a desired retention:
 * a seeded simulation of the learner's own items under the same model the
 * scheduler uses (FSRS-6 with their weights, whole learner days). Each due item
 * is reviewed on its due day (overdue ones today); it is recalled with the
 * model's predicted probability and then rated Hard/Good/Easy in `passRatings`'
 * shares, or forgotten (Again) and relearnt the same day (a second review), and
 * is scheduled again without fuzz. Learning items due today count as one review
 * and then behave like review items. A new item costs two reviews on its first
 * day (Good, then Good after its step) and is then scheduled from that state.
 * A pure function: the same input always gives the same forecast.
 */
export function forecastWorkload(input: WorkloadForecastInput): ForecastDay[] {
  const horizon = input.days ?? 30;
  const runs = input.runs ?? 100;
  const newPerDay = input.newItemsPerDay ?? 0;
  check("days", horizon, 1, 365);
  check("runs", runs, 1, 10_000);
  check("newItemsPerDay", newPerDay, 0, 1000);
  const scheduling = input.scheduling ?? {};
  const days = learnerDays(scheduling);
  const model = memoryModel(scheduling);
  const algorithm = new FSRSAlgorithm({
    w: [...model.weights],
    request_retention: model.desiredRetention,
    enable_fuzz: false,
  });
  const shares = input.passRatings ?? TYPICAL_PASS_RATINGS;
  const shareTotal = shares.hard + shares.good + shares.easy;
  if (!(shareTotal > 0) || Math.min(shares.hard, shares.good, shares.easy) < 0) {
    throw new InvalidForecastError("Pass ratings must be shares ≥ 0 with a positive sum.");
  }

  const today = learnerDayNumber(input.now, days);
  const studied = input.memories.flatMap((memory): SimulatedItem[] =>
    hasStudied(memory) && memory.lastReview
      ? [
          {
            stability: memory.stability,
            difficulty: memory.difficulty,
            lastDay: learnerDayNumber(memory.lastReview, days),
            dueDay: Math.max(today, learnerDayNumber(memory.due, days)),
          },
        ]
      : [],
  );
  const totals = new Array<number>(horizon).fill(0);
  const end = today + horizon;
  // The forgetting curve R = (1 + factor · t / S)^decay, its constants worked out once.
  const { decay, factor } = computeDecayFactor(model.weights);

  for (let run = 0; run < runs; run++) {
    const random = seededRandom(deriveSeed(input.seed ?? 1, `run-${run}`));
    const passGrade = (): Grade => {
      const pick = random() * shareTotal;
      return pick < shares.hard ? 2 : pick < shares.hard + shares.good ? 3 : 4;
    };
    /** The item's reviews from its due day to the horizon, each added to its day's total. */
    const follow = (item: SimulatedItem) => {
      let { stability, difficulty, lastDay, dueDay } = item;
      while (dueDay < end) {
        const elapsed = dueDay - lastDay;
        const recall = (1 + (factor * elapsed) / stability) ** decay;
        const recalled = random() < recall;
        const grade = recalled ? passGrade() : 1;
        let state = algorithm.next_state({ stability, difficulty }, elapsed, grade, recall);
        if (!recalled) state = algorithm.next_state(state, 0, 3);
        totals[dueDay - today] = (totals[dueDay - today] as number) + (recalled ? 1 : 2);
        ({ stability, difficulty } = state);
        lastDay = dueDay;
        dueDay += algorithm.next_interval(stability, elapsed);
      }
    };

    for (const item of studied) follow(item);
    let newLeft = input.newItemsAvailable ?? Number.POSITIVE_INFINITY;
    const learnt = algorithm.next_state(algorithm.next_state(null, 0, 3), 0, 3);
    const firstInterval = algorithm.next_interval(learnt.stability, 0);
    for (let offset = 0; offset < horizon && newLeft > 0; offset++) {
      const count = Math.min(newPerDay, newLeft);
      newLeft -= count;
      totals[offset] = (totals[offset] as number) + 2 * count;
      for (let i = 0; i < count; i++) {
        follow({ ...learnt, lastDay: today + offset, dueDay: today + offset + firstInterval });
      }
    }
  }

  return totals.map((total, offset) => ({
    dayKey: dayKeyOfNumber(today + offset),
    expectedReviews: total / runs,
  }));
}

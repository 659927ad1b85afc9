import { FSRSAlgorithm, forgetting_curve, type Grade } from "ts-fsrs";
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
  /** Simulated futures averaged. Default 200. */
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
  const runs = input.runs ?? 200;
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

  for (let run = 0; run < runs; run++) {
    const random = seededRandom(deriveSeed(input.seed ?? 1, `run-${run}`));
    const passGrade = (): Grade => {
      const pick = random() * shareTotal;
      return pick < shares.hard ? 2 : pick < shares.hard + shares.good ? 3 : 4;
    };
    /** One review on `day`; returns how many reviews it took (2 when relearnt). */
    const review = (item: SimulatedItem, day: number): number => {
      const elapsed = day - item.lastDay;
      const recalled = random() < forgetting_curve(model.weights, elapsed, item.stability);
      let state = algorithm.next_state(item, elapsed, recalled ? passGrade() : 1);
      let count = 1;
      if (!recalled) {
        state = algorithm.next_state(state, 0, 3);
        count = 2;
      }
      item.stability = state.stability;
      item.difficulty = state.difficulty;
      item.lastDay = day;
      item.dueDay = day + algorithm.next_interval(state.stability, elapsed);
      return count;
    };

    const items = studied.map((item) => ({ ...item }));
    let newLeft = input.newItemsAvailable ?? Number.POSITIVE_INFINITY;
    for (let offset = 0; offset < horizon; offset++) {
      const day = today + offset;
      let count = 0;
      for (const item of items) if (item.dueDay === day) count += review(item, day);
      const learnt = Math.min(newPerDay, newLeft);
      newLeft -= learnt;
      for (let i = 0; i < learnt; i++) {
        const state = algorithm.next_state(algorithm.next_state(null, 0, 3), 0, 3);
        items.push({
          ...state,
          lastDay: day,
          dueDay: day + algorithm.next_interval(state.stability, 0),
        });
        count += 2;
      }
      totals[offset] = (totals[offset] as number) + count;
    }
  }

  return totals.map((total, offset) => ({
    dayKey: dayKeyOfNumber(today + offset),
    expectedReviews: total / runs,
  }));
}

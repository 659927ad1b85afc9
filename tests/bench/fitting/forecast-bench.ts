import { forecastWorkload } from "@quizdeck/core/forecast";
import {
  fuzzKeyFor,
  type MemorySnapshot,
  newMemory,
  type ReviewRating,
  scheduleReview,
} from "@quizdeck/core/scheduling";
import { measureSync } from "../support/measure.ts";
import type { StudentHistory } from "./simulated-classes.ts";

/** The learner's memories at the end of their log, replayed through the scheduler as the app stored them. */
function memoriesAfter(history: StudentHistory): MemorySnapshot[] {
  const memories = new Map<string, MemorySnapshot>();
  for (const review of history.log) {
    const before = memories.get(review.itemId) ?? newMemory(review.reviewedAt);
    const options = {
      timeZone: history.timeZone,
      fuzzKey: fuzzKeyFor(review.userId, review.itemId),
    };
    memories.set(
      review.itemId,
      scheduleReview(before, review.rating as ReviewRating, review.reviewedAt, options).next,
    );
  }
  return [...memories.values()];
}

export interface ForecastBench {
  items: number;
  medianMs: number;
  /** Process CPU time per forecast. */
  cpuMs: number;
  /** Expected reviews over the 30 days, by desired retention. */
  totals: { retention: number; reviews: number; firstWeek: number }[];
}

/** `forecastWorkload` on one simulated learner's items at the end of the simulation: its cost, and what it says. */
export function benchForecast(history: StudentHistory, now: Date): ForecastBench {
  const memories = memoriesAfter(history);
  const { timeZone } = history;
  const input = (desiredRetention: number) => ({
    memories,
    now,
    scheduling: { timeZone, desiredRetention },
  });
  const timing = measureSync("forecastWorkload", () => forecastWorkload(input(0.9)), {
    budgetMs: 3000,
    minSamples: 5,
  });
  // CPU time too: on a busy machine the wall time mostly measures the wait for a core.
  const calls = 10;
  const cpu = process.cpuUsage();
  for (let i = 0; i < calls; i++) forecastWorkload(input(0.9));
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000 / calls;
  const totals = [0.8, 0.85, 0.9, 0.95].map((retention) => {
    const days = forecastWorkload(input(retention));
    const sum = (list: typeof days) => list.reduce((total, day) => total + day.expectedReviews, 0);
    return { retention, reviews: sum(days), firstWeek: sum(days.slice(0, 7)) };
  });
  return { items: memories.length, medianMs: timing.medianMs, cpuMs, totals };
}

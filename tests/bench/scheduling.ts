import {
  type MemorySnapshot,
  newMemory,
  previewNextDue,
  type ReviewRating,
  scheduleReview,
} from "@quizdeck/core/scheduling";
import { type BenchResult, measureSync } from "./support/measure.ts";
import { seededRandom } from "./support/seeded-random.ts";

const DAY_MS = 86_400_000;

/**
 * Realistic memories: 64 items, each replayed through 0–11 reviews with seeded
 * ratings (mostly Good), each review on the day it fell due; so the set mixes new,
 * learning, review and relearning states.
 */
function memories(): { memory: MemorySnapshot; at: Date; rating: ReviewRating }[] {
  const random = seededRandom(7);
  const rate = (): ReviewRating => {
    const r = random();
    return r < 0.1 ? 1 : r < 0.2 ? 2 : r < 0.9 ? 3 : 4;
  };
  const start = Date.parse("2026-01-05T08:00:00Z");
  return Array.from({ length: 64 }, (_, index) => {
    let at = new Date(start);
    let memory = newMemory(at);
    for (let review = 0; review < index % 12; review++) {
      memory = scheduleReview(memory, rate(), at).next;
      at = new Date(Math.max(memory.due.getTime(), at.getTime() + 60_000));
    }
    return { memory, at: new Date(at.getTime() + random() * DAY_MS), rating: rate() };
  });
}

/** One `scheduleReview` and one `previewNextDue`, cycling through the memories above. */
export function benchScheduling(): BenchResult[] {
  const cases = memories();
  let next = 0;
  const step = measureSync("scheduleReview (one FSRS step)", () => {
    const current = cases[next % cases.length] as (typeof cases)[number];
    next += 1;
    return scheduleReview(current.memory, current.rating, current.at);
  });
  next = 0;
  const preview = measureSync("previewNextDue (all four ratings)", () => {
    const current = cases[next % cases.length] as (typeof cases)[number];
    next += 1;
    return previewNextDue(current.memory, current.at);
  });
  return [step, preview];
}

import { randomUUID } from "node:crypto";
import { seededRandom } from "@quizdeck/core/random";
import {
  DEFAULT_WEIGHTS,
  fuzzKeyFor,
  type MemorySnapshot,
  newMemory,
  type ReviewRating,
  retrievability,
  scheduleReview,
} from "@quizdeck/core/scheduling";
import type { Db } from "../../src/client/create-prisma-client.ts";

const DAY = 86_400_000;

/** A learner whose first reviews come much easier than FSRS's defaults expect: fits should find that. */
export const EASY_LEARNER_WEIGHTS = DEFAULT_WEIGHTS.map((weight, index) =>
  index < 4 ? weight * 3 : weight,
);

/**
 * Writes a learner's history straight into `item_memory` and `review_log`
 * (thousands of reviews in a moment, where `reviewCard` would take minutes):
 * `items` synthetic cards, the first seen over the first half of `days`, each
 * reviewed when the app's scheduler (default weights, UTC days) says it is
 * due, recalled with the probability `trueWeights` predict, and counted for
 * the fitting job as applied reviews are. Returns the number of reviews written.
 */
export async function writeSyntheticHistory(
  db: Db,
  options: {
    userId: string;
    start: Date;
    days: number;
    items: number;
    seed: number;
    trueWeights?: readonly number[];
  },
): Promise<number> {
  const { userId, start, days, items, seed } = options;
  const truth = { weights: options.trueWeights ?? DEFAULT_WEIGHTS };
  const random = seededRandom(seed);
  const end = new Date(start.getTime() + days * DAY);
  const memories = [];
  const logs = [];
  for (let index = 0; index < items; index++) {
    const itemId = `synthetic-${index}`;
    const memoryId = randomUUID();
    // Keyed by the seed, not the learner's random id: the same seed writes the same history.
    const fuzzKey = fuzzKeyFor(`synthetic-learner-${seed}`, itemId);
    let memory: MemorySnapshot = newMemory(start);
    // The learner's real memory of the card, under `trueWeights`: the app schedules with its own.
    let truthMemory: MemorySnapshot = memory;
    let at = new Date(
      start.getTime() + Math.floor((index * days) / (2 * items)) * DAY + 17 * 3_600_000,
    );
    while (at < end) {
      const recall = truthMemory.state === "new" ? 0.8 : retrievability(truthMemory, at, truth);
      const rating: ReviewRating = random() < recall ? (random() < 0.15 ? 2 : 3) : 1;
      const { next, elapsedDays, scheduledDays } = scheduleReview(memory, rating, at, { fuzzKey });
      truthMemory = scheduleReview(truthMemory, rating, at, truth).next;
      logs.push({
        id: randomUUID(),
        memoryId,
        userId,
        itemId,
        source: "flashcard" as const,
        clientId: randomUUID(),
        rating,
        reviewedAt: at,
        elapsedDays,
        scheduledDays,
        stateBefore: memory.state,
        dueBefore: memory.due,
        stabilityBefore: memory.stability,
        difficultyBefore: memory.difficulty,
        elapsedDaysBefore: memory.elapsedDays,
        scheduledDaysBefore: memory.scheduledDays,
        learningStepsBefore: memory.learningSteps,
        repsBefore: memory.reps,
        lapsesBefore: memory.lapses,
        lastReviewBefore: memory.lastReview,
      });
      memory = next;
      // Learning steps come back within the session; days-long intervals on the evening they fall due.
      at = new Date(Math.max(next.due.getTime(), at.getTime() + 60_000) + random() * 3_600_000);
    }
    memories.push({ id: memoryId, userId, itemId, itemKind: "flashcard" as const, ...memory });
  }
  await db.itemMemory.createMany({ data: memories });
  await db.reviewLog.createMany({ data: logs });
  // As applying each review would have counted them for the fitting job.
  const lastReviewAt = new Date(Math.max(...logs.map((log) => log.reviewedAt.getTime())));
  await db.memoryModel.upsert({
    where: { userId },
    create: { userId, reviewsSinceFit: logs.length, lastReviewAt },
    update: { reviewsSinceFit: { increment: logs.length }, lastReviewAt },
  });
  return logs.length;
}

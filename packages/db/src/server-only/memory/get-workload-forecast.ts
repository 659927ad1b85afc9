import { bank } from "@quizdeck/content/bank";
import { type ForecastDay, forecastWorkload } from "@quizdeck/core/forecast";
import { learnerDayNumber } from "@quizdeck/core/time";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import type { ItemMemory, Prisma } from "../../generated/prisma/client.ts";
import { assignedLibraryCards } from "./internal/assigned-library-cards.ts";
import { type LearnerScheduling, withGoal } from "./internal/learner-scheduling.ts";
import { type MemoryModelView, readMemoryModel } from "./internal/read-memory-model.ts";
import { MEMORY_POLICY } from "./memory-policy.ts";
import { toSnapshot } from "./memory-snapshot.ts";

const getWorkloadForecastSchema = z.object({ userId: z.string().min(1) });
export type GetWorkloadForecastOptions = z.input<typeof getWorkloadForecastSchema> & {
  now?: Date;
};

/** Expected reviews over the forecast's days at one of the targets a learner can choose. */
export interface RetentionChoiceWorkload {
  desiredRetention: number;
  expectedReviews: number;
}

export interface WorkloadForecast {
  /** The learner's target now, and the expected flashcard reviews per day at it. */
  desiredRetention: number;
  days: ForecastDay[];
  /** The same total at each target the learner can choose (fewer simulated futures: a guide). */
  choices: RetentionChoiceWorkload[];
  /** Flashcards studied so far: what the forecast simulates. */
  cards: number;
  computedAt: Date;
}

/** The cached forecast as stored in `memory_model.forecast`. */
interface StoredForecast {
  key: string;
  forecast: Omit<WorkloadForecast, "computedAt"> & { computedAt: string };
}

/** Simulated futures for the comparison of targets: enough for "about how many". */
const CHOICE_RUNS = 20;

/**
 * Expected flashcard reviews per learner day for the next 30 days at the
 * learner's target recall: a seeded simulation of the cards they have studied,
 * the bank's and those assigned to them (`forecastWorkload`), each at the target it is scheduled with (a teacher's
 * goal can raise a card's), with the 30-day totals at the other targets they
 * could choose. New cards are left out: how many a learner starts is theirs to
 * decide. The simulation takes tens of milliseconds, so the result is kept with
 * what it was computed from and reused until one of those changes (a review, an
 * undo, a new target or weights, the next learner day).
 */
export async function getWorkloadForecast(
  db: Db,
  options: GetWorkloadForecastOptions,
): Promise<WorkloadForecast> {
  const { userId } = parseInput(getWorkloadForecastSchema, options);
  const now = options.now ?? new Date();
  const assigned = await assignedLibraryCards(db, userId, now);
  const cardIds = [...bank.flashcards.map((card) => card.id), ...assigned.map((entry) => entry.id)];
  const [model, memories, stored] = await Promise.all([
    readMemoryModel(db, userId, now),
    db.itemMemory.findMany({
      where: { userId, itemKind: "flashcard", state: { not: "new" }, itemId: { in: cardIds } },
      // The simulation draws its random numbers item by item: one order, one forecast.
      orderBy: { itemId: "asc" },
    }),
    db.memoryModel.findUnique({ where: { userId }, select: { forecast: true } }),
  ]);
  const key = cacheKey(model, memories, now);
  const cached = stored?.forecast as StoredForecast | null | undefined;
  if (cached?.key === key) {
    return { ...cached.forecast, computedAt: new Date(cached.forecast.computedAt) };
  }

  const forecast: WorkloadForecast = {
    desiredRetention: model.scheduling.desiredRetention,
    days: forecastAt(model, memories, now, model.scheduling, MEMORY_POLICY.forecastRuns),
    choices: MEMORY_POLICY.desiredRetentionChoices.map((desiredRetention) => ({
      desiredRetention,
      expectedReviews: total(
        forecastAt(model, memories, now, { ...model.scheduling, desiredRetention }, CHOICE_RUNS),
      ),
    })),
    cards: memories.length,
    computedAt: now,
  };
  const toStore: StoredForecast = {
    key,
    forecast: { ...forecast, computedAt: now.toISOString() },
  };
  await db.memoryModel.upsert({
    where: { userId },
    create: { userId, forecast: toStore as unknown as Prisma.InputJsonObject },
    update: { forecast: toStore as unknown as Prisma.InputJsonObject },
  });
  return forecast;
}

/** The forecast with every card at `scheduling`'s target, or its goal's when higher. */
function forecastAt(
  model: MemoryModelView,
  memories: readonly ItemMemory[],
  now: Date,
  scheduling: LearnerScheduling,
  runs: number,
): ForecastDay[] {
  const groups = new Map<number, ItemMemory[]>();
  for (const memory of memories) {
    const target = withGoal(scheduling, model.goals.get(memory.itemId)).desiredRetention;
    const group = groups.get(target) ?? [];
    group.push(memory);
    groups.set(target, group);
  }
  if (groups.size === 0) groups.set(scheduling.desiredRetention, []);
  const parts = [...groups].map(([desiredRetention, group]) =>
    forecastWorkload({
      memories: group.map((memory) => toSnapshot(memory, now)),
      now,
      scheduling: { ...scheduling, desiredRetention },
      days: MEMORY_POLICY.forecastDays,
      runs,
    }),
  );
  const [first, ...rest] = parts as [ForecastDay[], ...ForecastDay[][]];
  return first.map((day, index) => ({
    dayKey: day.dayKey,
    expectedReviews: rest.reduce(
      (sum, part) => sum + (part[index]?.expectedReviews ?? 0),
      day.expectedReviews,
    ),
  }));
}

const total = (days: readonly ForecastDay[]) =>
  days.reduce((sum, day) => sum + day.expectedReviews, 0);

/** Everything the forecast depends on: it is recomputed when any of it changes. */
function cacheKey(model: MemoryModelView, memories: readonly ItemMemory[], now: Date): string {
  const latest = memories.reduce((max, memory) => Math.max(max, memory.updatedAt.getTime()), 0);
  return JSON.stringify([
    learnerDayNumber(now, model.scheduling),
    model.scheduling,
    [...model.goals].sort(),
    memories.length,
    latest,
  ]);
}

import {
  type MemorySnapshot,
  newMemory,
  type ReviewRating,
  scheduleReview,
} from "@quizdeck/core/scheduling";
import { ConflictError } from "../../errors.ts";
import type { ItemKind, ItemMemory, ReviewSource } from "../../generated/prisma/client.ts";
import type { Tx } from "../../transaction.ts";

export interface ApplyReviewOptions {
  userId: string;
  itemId: string;
  itemKind: ItemKind;
  rating: ReviewRating;
  source: ReviewSource;
  /** Idempotency key: the same key applies once. */
  clientId: string;
  now: Date;
}

/**
 * Applies one review to a user's memory of an item and logs it with the state
 * before, inside the caller's transaction. The memory row is locked first, so
 * concurrent reviews of one item run one after the other and none is lost.
 */
export async function applyReview(tx: Tx, options: ApplyReviewOptions) {
  const { userId, itemId, itemKind, rating, source, clientId, now } = options;
  const earlier = await tx.reviewLog.findUnique({ where: { clientId }, include: { memory: true } });
  if (earlier) {
    // A retry must be the same review; anything else reusing the key is refused, not answered with another's data.
    if (earlier.userId !== userId || earlier.itemId !== itemId || earlier.rating !== rating) {
      throw new ConflictError("That clientId was already used for a different review.");
    }
    return { log: earlier, memory: earlier.memory, duplicate: true };
  }

  await tx.itemMemory.createMany({
    data: [{ userId, itemId, itemKind, due: now }],
    skipDuplicates: true,
  });
  await tx.$queryRaw`
    SELECT id FROM "item_memory" WHERE "userId" = ${userId} AND "itemId" = ${itemId} FOR UPDATE`;
  const before = await tx.itemMemory.findUniqueOrThrow({
    where: { userId_itemId: { userId, itemId } },
  });

  const { next, elapsedDays, scheduledDays } = scheduleReview(toSnapshot(before, now), rating, now);
  const memory = await tx.itemMemory.update({ where: { id: before.id }, data: next });
  const log = await tx.reviewLog.create({
    data: {
      memoryId: before.id,
      userId,
      itemId,
      source,
      clientId,
      rating,
      reviewedAt: now,
      elapsedDays,
      scheduledDays,
      stateBefore: before.state,
      dueBefore: before.due,
      stabilityBefore: before.stability,
      difficultyBefore: before.difficulty,
      elapsedDaysBefore: before.elapsedDays,
      scheduledDaysBefore: before.scheduledDays,
      learningStepsBefore: before.learningSteps,
      repsBefore: before.reps,
      lapsesBefore: before.lapses,
      lastReviewBefore: before.lastReview,
    },
  });
  return { log, memory, duplicate: false };
}

export function toSnapshot(row: ItemMemory, now: Date): MemorySnapshot {
  if (row.state === "new") return newMemory(now);
  return {
    state: row.state,
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    lastReview: row.lastReview,
  };
}

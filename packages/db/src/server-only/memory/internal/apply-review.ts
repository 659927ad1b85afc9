import {
  fuzzKeyFor,
  type ReviewRating,
  type SchedulingOptions,
  scheduleReview,
} from "@quizdeck/core/scheduling";
import { v7 as uuidv7 } from "uuid";
import { ConflictError } from "../../../errors.ts";
import type {
  ItemKind,
  ItemMemory,
  ReviewLog,
  ReviewSource,
} from "../../../generated/prisma/client.ts";
import type { SqlTx } from "../../../transaction.ts";
import { toSnapshot } from "../memory-snapshot.ts";

export interface ApplyReviewOptions {
  userId: string;
  itemId: string;
  itemKind: ItemKind;
  rating: ReviewRating;
  source: ReviewSource;
  /** Idempotency key: the same key applies once. */
  clientId: string;
  now: Date;
  /** The learner's time zone, rollover hour and memory model; UTC, 4 a.m. and FSRS defaults if left out. */
  scheduling?: Omit<SchedulingOptions, "fuzzKey">;
}

/**
 * Applies one review to a user's memory of an item and logs it with the state
 * before, inside the caller's transaction. The memory row is locked first, so
 * concurrent reviews of one item run one after the other and none is lost.
 * Two statements in raw SQL, as Prisma's query compiler costs about a millisecond
 * of CPU per ORM call: every quiz answer in immediate mode comes through here,
 * in a transaction straight on the driver (inSqlTransaction) or in Prisma's.
 */
export async function applyReview(tx: SqlTx, options: ApplyReviewOptions) {
  const { userId, itemId, itemKind, rating, source, clientId, now, scheduling } = options;
  // Creates the memory when it is the item's first review, and locks it either way
  // (ON CONFLICT DO UPDATE locks the row it conflicts with); also says whether this
  // review was applied before.
  const [locked] = await tx.$queryRaw<(ItemMemory & { earlierLog: boolean })[]>`
    INSERT INTO "item_memory" ("id", "userId", "itemId", "itemKind", "due", "updatedAt")
    VALUES (${uuidv7()}, ${userId}, ${itemId}, ${itemKind}::"ItemKind", ${now}, ${now})
    ON CONFLICT ("userId", "itemId") DO UPDATE SET "userId" = EXCLUDED."userId"
    RETURNING *, EXISTS (SELECT 1 FROM "review_log" WHERE "clientId" = ${clientId}) AS "earlierLog"`;
  if (!locked) throw new Error(`No memory row for ${userId}/${itemId}`);
  const { earlierLog, ...before } = locked;
  if (earlierLog) {
    const [earlier] = await tx.$queryRaw<ReviewLog[]>`
      SELECT * FROM "review_log" WHERE "clientId" = ${clientId}`;
    if (!earlier) throw new Error(`Review ${clientId} vanished while its memory was locked`);
    // A retry must be the same review; anything else reusing the key is refused, not answered with another's data.
    if (earlier.userId !== userId || earlier.itemId !== itemId || earlier.rating !== rating) {
      throw new ConflictError("That clientId was already used for a different review.");
    }
    const [memory] = await tx.$queryRaw<ItemMemory[]>`
      SELECT * FROM "item_memory" WHERE "id" = ${earlier.memoryId}`;
    if (!memory) throw new Error(`Memory row ${earlier.memoryId} vanished`);
    return { log: earlier, memory, duplicate: true };
  }

  const forItem = { ...scheduling, fuzzKey: fuzzKeyFor(userId, itemId) };
  const memoryBefore = toSnapshot(before, now);
  const { next, elapsedDays, scheduledDays } = scheduleReview(memoryBefore, rating, now, forItem);
  const log: ReviewLog = {
    id: uuidv7(),
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
    undoneAt: null,
  };
  // The new state and its log row in one statement (data-modifying CTEs always run).
  const [memory] = await tx.$queryRaw<ItemMemory[]>`
    WITH logged AS (
      INSERT INTO "review_log" ("id", "memoryId", "userId", "itemId", "source", "clientId", "rating",
        "reviewedAt", "elapsedDays", "scheduledDays", "stateBefore", "dueBefore", "stabilityBefore",
        "difficultyBefore", "elapsedDaysBefore", "scheduledDaysBefore", "learningStepsBefore",
        "repsBefore", "lapsesBefore", "lastReviewBefore")
      VALUES (${log.id}, ${log.memoryId}, ${userId}, ${itemId}, ${source}::"ReviewSource", ${clientId},
        ${rating}, ${now}, ${elapsedDays}, ${scheduledDays}, ${log.stateBefore}::"MemoryState",
        ${log.dueBefore}, ${log.stabilityBefore}, ${log.difficultyBefore}, ${log.elapsedDaysBefore},
        ${log.scheduledDaysBefore}, ${log.learningStepsBefore}, ${log.repsBefore}, ${log.lapsesBefore},
        ${log.lastReviewBefore})
    )
    UPDATE "item_memory" SET "state" = ${next.state}::"MemoryState", "due" = ${next.due},
      "stability" = ${next.stability}, "difficulty" = ${next.difficulty},
      "elapsedDays" = ${next.elapsedDays}, "scheduledDays" = ${next.scheduledDays},
      "learningSteps" = ${next.learningSteps}, "reps" = ${next.reps}, "lapses" = ${next.lapses},
      "lastReview" = ${next.lastReview}, "updatedAt" = ${now}
    WHERE "id" = ${before.id}
    RETURNING *`;
  if (!memory) throw new Error(`Memory row ${before.id} vanished while locked`);
  return { log, memory, duplicate: false };
}

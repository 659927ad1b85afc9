import { fuzzKeyFor, type ReviewRating, scheduleReview } from "@quizdeck/core/scheduling";
import { v7 as uuidv7 } from "uuid";
import { ConflictError } from "../../../errors.ts";
import {
  type ItemKind,
  type ItemMemory,
  Prisma,
  type ReviewLog,
  type ReviewSource,
} from "../../../generated/prisma/client.ts";
import type { SqlTx } from "../../../transaction.ts";
import { toSnapshot } from "../memory-snapshot.ts";
import { learnerScheduling } from "./learner-scheduling.ts";
import { liveGoalsOf } from "./live-goals.ts";

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

/** What the first statement reads besides the memory row: the learner's model, and a goal on the card. */
interface LockedRow extends ItemMemory {
  earlierLog: boolean;
  learnerTimeZone: string | null;
  learnerWeights: number[] | null;
  learnerRetention: number | null;
  goalRetention: number | null;
}

/**
 * Applies one review to a user's memory of an item and logs it with the state
 * before, inside the caller's transaction, scheduled the learner's way (their
 * time zone, fitted weights and target recall, or a teacher's goal for the card:
 * `learnerScheduling`). The memory row is locked first, so concurrent reviews of
 * one item run one after the other and none is lost. Two statements in raw SQL,
 * as Prisma's query compiler costs about a millisecond of CPU per ORM call:
 * every quiz answer in immediate mode comes through here, in a transaction
 * straight on the driver (inSqlTransaction) or in Prisma's.
 */
export async function applyReview(tx: SqlTx, options: ApplyReviewOptions) {
  const { userId, itemId, itemKind, rating, source, clientId, now } = options;
  // Goals are set on flashcards only: a question needs no look-up.
  const goal =
    itemKind === "flashcard"
      ? Prisma.sql`(SELECT max(s."retentionTarget") ${liveGoalsOf(userId, now)}
                      AND ${itemId} = ANY (s."flashcardIds"))`
      : Prisma.sql`NULL::double precision`;
  // Creates the memory when it is the item's first review, and locks it either way
  // (ON CONFLICT DO UPDATE locks the row it conflicts with); also says whether this
  // review was applied before, and reads how the learner is scheduled (primary-key
  // look-ups riding on this statement rather than round trips of their own).
  const [locked] = await tx.$queryRaw<LockedRow[]>`
    INSERT INTO "item_memory" ("id", "userId", "itemId", "itemKind", "due", "updatedAt")
    VALUES (${uuidv7()}, ${userId}, ${itemId}, ${itemKind}::"ItemKind", ${now}, ${now})
    ON CONFLICT ("userId", "itemId") DO UPDATE SET "userId" = EXCLUDED."userId"
    RETURNING *, EXISTS (SELECT 1 FROM "review_log" WHERE "clientId" = ${clientId}) AS "earlierLog",
      (SELECT u."timeZone" FROM "user" u WHERE u."id" = ${userId}) AS "learnerTimeZone",
      (SELECT m."weights" FROM "memory_model" m WHERE m."userId" = ${userId}) AS "learnerWeights",
      (SELECT m."desiredRetention" FROM "memory_model" m WHERE m."userId" = ${userId})
        AS "learnerRetention",
      ${goal} AS "goalRetention"`;
  if (!locked) throw new Error(`No memory row for ${userId}/${itemId}`);
  const {
    earlierLog,
    learnerTimeZone,
    learnerWeights,
    learnerRetention,
    goalRetention,
    ...before
  } = locked;
  const scheduling = learnerScheduling(
    { timeZone: learnerTimeZone, weights: learnerWeights, desiredRetention: learnerRetention },
    goalRetention,
  );
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
    return { log: earlier, memory, duplicate: true, scheduling };
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
  // The new state, its log row and the learner's review counters (which tell the
  // fitting job whom to refit) in one statement: data-modifying CTEs always run.
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
    ), counted AS (
      INSERT INTO "memory_model" ("userId", "reviewsSinceFit", "lastReviewAt")
      VALUES (${userId}, 1, ${now})
      ON CONFLICT ("userId") DO UPDATE
        SET "reviewsSinceFit" = "memory_model"."reviewsSinceFit" + 1,
            "lastReviewAt" = GREATEST("memory_model"."lastReviewAt", EXCLUDED."lastReviewAt")
    )
    UPDATE "item_memory" SET "state" = ${next.state}::"MemoryState", "due" = ${next.due},
      "stability" = ${next.stability}, "difficulty" = ${next.difficulty},
      "elapsedDays" = ${next.elapsedDays}, "scheduledDays" = ${next.scheduledDays},
      "learningSteps" = ${next.learningSteps}, "reps" = ${next.reps}, "lapses" = ${next.lapses},
      "lastReview" = ${next.lastReview}, "updatedAt" = ${now}
    WHERE "id" = ${before.id}
    RETURNING *`;
  if (!memory) throw new Error(`Memory row ${before.id} vanished while locked`);
  return { log, memory, duplicate: false, scheduling };
}

import { fuzzKeyFor, type ReviewRating, scheduleReview } from "@quizdeck/core/scheduling";
import { v7 as uuidv7 } from "uuid";
import {
  type ItemKind,
  type ItemMemory,
  Prisma,
  type ReviewLog,
  type ReviewSource,
} from "../../../generated/prisma/client.ts";
import { toSnapshot } from "../memory-snapshot.ts";
import { learnerScheduling } from "./learner-scheduling.ts";
import { liveGoalsOf } from "./live-goals.ts";

export interface ReviewOptions {
  userId: string;
  itemId: string;
  itemKind: ItemKind;
  rating: ReviewRating;
  source: ReviewSource;
  /** Idempotency key: the same key applies once. */
  clientId: string;
  now: Date;
}

/** Which memory a review is of, and its idempotency key: what the lock needs. */
export type MemoryKey = Pick<ReviewOptions, "userId" | "itemId" | "itemKind" | "clientId" | "now">;

/** What the lock reads besides the memory row: the learner's model, and a goal on the card. */
export interface LockedMemory extends ItemMemory {
  earlierLog: boolean;
  learnerTimeZone: string | null;
  learnerWeights: number[] | null;
  learnerRetention: number | null;
  goalRetention: number | null;
}

/**
 * The statement that creates the memory when it is the item's first review and
 * locks it either way (ON CONFLICT DO UPDATE locks the row it conflicts with),
 * also saying whether this review was applied before and how the learner is
 * scheduled: primary-key look-ups riding on it rather than round trips of
 * their own. Usable alone or as a CTE.
 */
export function lockMemorySql(
  options: MemoryKey,
  { keyIsNew = false }: { keyIsNew?: boolean } = {},
): Prisma.Sql {
  const { userId, itemId, itemKind, clientId, now } = options;
  // A key made just now (the answer save's, from its new row's id) was never applied.
  const earlier = keyIsNew
    ? Prisma.sql`false`
    : Prisma.sql`EXISTS (SELECT 1 FROM "review_log" WHERE "clientId" = ${clientId})`;
  // Goals are set on flashcards only: a question needs no look-up.
  const goal =
    itemKind === "flashcard"
      ? Prisma.sql`(SELECT max(s."retentionTarget") ${liveGoalsOf(userId, now)}
                      AND ${itemId} = ANY (s."flashcardIds"))`
      : Prisma.sql`NULL::double precision`;
  return Prisma.sql`
    INSERT INTO "item_memory" ("id", "userId", "itemId", "itemKind", "due", "updatedAt")
    VALUES (${uuidv7()}, ${userId}, ${itemId}, ${itemKind}::"ItemKind", ${now}, ${now})
    ON CONFLICT ("userId", "itemId") DO UPDATE SET "userId" = EXCLUDED."userId"
    RETURNING *, ${earlier} AS "earlierLog",
      (SELECT u."timeZone" FROM "user" u WHERE u."id" = ${userId}) AS "learnerTimeZone",
      (SELECT m."weights" FROM "memory_model" m WHERE m."userId" = ${userId}) AS "learnerWeights",
      (SELECT m."desiredRetention" FROM "memory_model" m WHERE m."userId" = ${userId})
        AS "learnerRetention",
      ${goal} AS "goalRetention"`;
}

/** How the learner is scheduled, from what the lock read. */
export function schedulingOf(locked: LockedMemory) {
  return learnerScheduling(
    {
      timeZone: locked.learnerTimeZone,
      weights: locked.learnerWeights,
      desiredRetention: locked.learnerRetention,
    },
    locked.goalRetention,
  );
}

/** A review worked out on a locked memory: its log row, the memory after it, and how it was scheduled. */
export interface PlannedReview {
  log: ReviewLog;
  next: ReturnType<typeof scheduleReview>["next"];
  scheduling: ReturnType<typeof schedulingOf>;
}

/** The review scheduled the learner's way (FSRS), with the state before it for the log. */
export function planReview(locked: LockedMemory, options: ReviewOptions): PlannedReview {
  const { userId, itemId, rating, source, clientId, now } = options;
  const scheduling = schedulingOf(locked);
  const forItem = { ...scheduling, fuzzKey: fuzzKeyFor(userId, itemId) };
  const { next, elapsedDays, scheduledDays } = scheduleReview(
    toSnapshot(locked, now),
    rating,
    now,
    forItem,
  );
  const log: ReviewLog = {
    id: uuidv7(),
    memoryId: locked.id,
    userId,
    itemId,
    source,
    clientId,
    rating,
    reviewedAt: now,
    elapsedDays,
    scheduledDays,
    stateBefore: locked.state,
    dueBefore: locked.due,
    stabilityBefore: locked.stability,
    difficultyBefore: locked.difficulty,
    elapsedDaysBefore: locked.elapsedDays,
    scheduledDaysBefore: locked.scheduledDays,
    learningStepsBefore: locked.learningSteps,
    repsBefore: locked.reps,
    lapsesBefore: locked.lapses,
    lastReviewBefore: locked.lastReview,
    undoneAt: null,
  };
  return { log, next, scheduling };
}

/**
 * The review's log row and the learner's review counters (which tell the fitting
 * job whom to refit), as CTEs (`logged`, `counted`) for the statement that
 * writes the new memory: data-modifying CTEs always run.
 */
export function reviewWriteCtes({ log }: PlannedReview): Prisma.Sql {
  return Prisma.sql`logged AS (
      INSERT INTO "review_log" ("id", "memoryId", "userId", "itemId", "source", "clientId", "rating",
        "reviewedAt", "elapsedDays", "scheduledDays", "stateBefore", "dueBefore", "stabilityBefore",
        "difficultyBefore", "elapsedDaysBefore", "scheduledDaysBefore", "learningStepsBefore",
        "repsBefore", "lapsesBefore", "lastReviewBefore")
      VALUES (${log.id}, ${log.memoryId}, ${log.userId}, ${log.itemId}, ${log.source}::"ReviewSource",
        ${log.clientId}, ${log.rating}, ${log.reviewedAt}, ${log.elapsedDays}, ${log.scheduledDays},
        ${log.stateBefore}::"MemoryState", ${log.dueBefore}, ${log.stabilityBefore},
        ${log.difficultyBefore}, ${log.elapsedDaysBefore}, ${log.scheduledDaysBefore},
        ${log.learningStepsBefore}, ${log.repsBefore}, ${log.lapsesBefore}, ${log.lastReviewBefore})
    ), counted AS (
      INSERT INTO "memory_model" ("userId", "reviewsSinceFit", "lastReviewAt")
      VALUES (${log.userId}, 1, ${log.reviewedAt})
      ON CONFLICT ("userId") DO UPDATE
        SET "reviewsSinceFit" = "memory_model"."reviewsSinceFit" + 1,
            "lastReviewAt" = GREATEST("memory_model"."lastReviewAt", EXCLUDED."lastReviewAt")
    )`;
}

/** The memory's new state, written over the locked row (returns it). */
export function updateMemorySql({ log, next }: PlannedReview): Prisma.Sql {
  return Prisma.sql`
    UPDATE "item_memory" SET "state" = ${next.state}::"MemoryState", "due" = ${next.due},
      "stability" = ${next.stability}, "difficulty" = ${next.difficulty},
      "elapsedDays" = ${next.elapsedDays}, "scheduledDays" = ${next.scheduledDays},
      "learningSteps" = ${next.learningSteps}, "reps" = ${next.reps}, "lapses" = ${next.lapses},
      "lastReview" = ${next.lastReview}, "updatedAt" = ${log.reviewedAt}
    WHERE "id" = ${log.memoryId}
    RETURNING *`;
}

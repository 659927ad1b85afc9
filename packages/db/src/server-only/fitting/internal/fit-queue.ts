import type { Db } from "../../../client/create-prisma-client.ts";
import type { MemoryFitJob } from "../../../generated/prisma/client.ts";
import { FITTING_POLICY } from "../fitting-policy.ts";

/**
 * The queue of fits in `memory_fit_job`: at most one waiting job per student
 * and per class (a unique key; queuing one that waits already does nothing).
 * A worker claims a job with `FOR UPDATE SKIP LOCKED` and a lease, so two
 * workers never take the same job, and a job whose worker died is taken again
 * once its lease has passed. Plain SQL: PGlite and PostgreSQL alike.
 */

/** Queues a fit for every learner with `refitAfterReviews` reviews or more since their last one. */
export async function queueRefits(db: Db, now: Date): Promise<number> {
  return db.$executeRaw`
    INSERT INTO "memory_fit_job" ("id", "userId", "reason", "runAfter")
    SELECT gen_random_uuid()::text, m."userId", 'reviews', ${now}
      FROM "memory_model" m
     WHERE m."reviewsSinceFit" >= ${FITTING_POLICY.refitAfterReviews}
    ON CONFLICT ("userId") DO NOTHING`;
}

/**
 * The nightly sweep: a fit for every learner with any review since their last
 * one, and for every class (not archived) with a current student who reviewed
 * since the class's last fit, or never fitted at all.
 */
export async function queueNightlyFits(db: Db, now: Date): Promise<number> {
  const students = await db.$executeRaw`
    INSERT INTO "memory_fit_job" ("id", "userId", "reason", "runAfter")
    SELECT gen_random_uuid()::text, m."userId", 'nightly', ${now}
      FROM "memory_model" m
     WHERE m."reviewsSinceFit" > 0
    ON CONFLICT ("userId") DO NOTHING`;
  const classes = await db.$executeRaw`
    INSERT INTO "memory_fit_job" ("id", "classId", "reason", "runAfter")
    SELECT gen_random_uuid()::text, c."id", 'nightly', ${now}
      FROM "class" c
      LEFT JOIN "memory_fit" f ON f."classId" = c."id"
     WHERE c."archivedAt" IS NULL
       AND EXISTS (
         SELECT 1 FROM "enrollment" e
           JOIN "memory_model" m ON m."userId" = e."studentId"
          WHERE e."classId" = c."id" AND e."removedAt" IS NULL AND m."lastReviewAt" IS NOT NULL
            AND (f."id" IS NULL OR m."lastReviewAt" > f."fittedAt"))
    ON CONFLICT ("classId") DO NOTHING`;
  return students + classes;
}

/** Queues a class's fit (say, a first one, so its teacher need not wait for the night). */
export async function queueClassFit(db: Db, classId: string, reason: string, now: Date) {
  await db.$executeRaw`
    INSERT INTO "memory_fit_job" ("id", "classId", "reason", "runAfter")
    VALUES (gen_random_uuid()::text, ${classId}, ${reason}, ${now})
    ON CONFLICT ("classId") DO NOTHING`;
}

/**
 * Takes the next job that is due and not held by a live lease, students
 * before classes (theirs are quick, and they are who waits), oldest first.
 * Jobs tried `maxAttempts` times already are dropped first: the next sweep
 * queues them afresh.
 */
export async function claimFitJob(
  db: Db,
  workerId: string,
  now: Date,
): Promise<MemoryFitJob | null> {
  await db.$executeRaw`
    DELETE FROM "memory_fit_job"
     WHERE "attempts" >= ${FITTING_POLICY.maxAttempts}
       AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})`;
  const leaseEnd = new Date(now.getTime() + FITTING_POLICY.jobLeaseMs);
  const [job] = await db.$queryRaw<MemoryFitJob[]>`
    UPDATE "memory_fit_job" j
       SET "lockedUntil" = ${leaseEnd}, "lockedBy" = ${workerId}, "attempts" = j."attempts" + 1
     WHERE j."id" = (
       SELECT "id" FROM "memory_fit_job"
        WHERE "runAfter" <= ${now} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
        ORDER BY ("userId" IS NULL), "runAfter", "id"
        LIMIT 1
          FOR UPDATE SKIP LOCKED)
    RETURNING j.*`;
  return job ?? null;
}

/** Removes a job its worker finished (unless another worker has taken it over since). */
export async function finishFitJob(db: Db, job: MemoryFitJob, workerId: string) {
  await db.memoryFitJob.deleteMany({ where: { id: job.id, lockedBy: workerId } });
}

/** Puts a failed job back for a later try, with what went wrong. */
export async function failFitJob(
  db: Db,
  job: MemoryFitJob,
  workerId: string,
  error: unknown,
  now: Date,
) {
  const message = error instanceof Error ? error.message : String(error);
  await db.memoryFitJob.updateMany({
    where: { id: job.id, lockedBy: workerId },
    data: {
      lockedUntil: null,
      lockedBy: null,
      runAfter: new Date(now.getTime() + FITTING_POLICY.retryDelayMs),
      lastError: message.slice(0, 2000),
    },
  });
}

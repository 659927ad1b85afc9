import type { Db } from "../../../client/create-prisma-client.ts";

/**
 * One process at a time runs a background worker, however many serve the app
 * (node:cluster workers, several machines on one PostgreSQL): each tick, a
 * process takes or renews the worker's lease in `worker_lease`, in one
 * statement, and works only while it holds it. A lease not renewed (its
 * holder stopped or died) is taken over once it expires.
 */
export async function holdWorkerLease(
  db: Db,
  name: string,
  holder: string,
  now: Date,
  leaseMs: number,
): Promise<{ held: boolean; sweptAt: Date | null }> {
  const expiresAt = new Date(now.getTime() + leaseMs);
  const [lease] = await db.$queryRaw<{ sweptAt: Date | null }[]>`
    INSERT INTO "worker_lease" ("name", "holder", "expiresAt")
    VALUES (${name}, ${holder}, ${expiresAt})
    ON CONFLICT ("name") DO UPDATE
       SET "holder" = EXCLUDED."holder", "expiresAt" = EXCLUDED."expiresAt"
     WHERE "worker_lease"."holder" = EXCLUDED."holder" OR "worker_lease"."expiresAt" <= ${now}
    RETURNING "sweptAt"`;
  return lease ? { held: true, sweptAt: lease.sweptAt } : { held: false, sweptAt: null };
}

/** Notes the holder's nightly sweep. */
export async function markSwept(db: Db, name: string, holder: string, now: Date) {
  await db.workerLease.updateMany({ where: { name, holder }, data: { sweptAt: now } });
}

/** Gives the lease up (on shutdown), so another process need not wait for it to expire. */
export async function releaseWorkerLease(db: Db, name: string, holder: string, now: Date) {
  await db.workerLease.updateMany({ where: { name, holder }, data: { expiresAt: now } });
}

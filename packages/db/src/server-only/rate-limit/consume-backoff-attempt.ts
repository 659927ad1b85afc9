import { randomUUID } from "node:crypto";
import type { Db } from "../../client/create-prisma-client.ts";
import { inTransaction } from "../../transaction.ts";
import type { RateLimitVerdict } from "./consume-rate-limit.ts";

/**
 * Exponential backoff on attempts that may fail (ASVS V2.2.1's "soft
 * lockout"): the first `freeAttempts` go through at once; after that each
 * attempt must wait twice as long after the previous one as the last did,
 * from `baseDelaySeconds` up to `maxDelaySeconds`. A success resets the count
 * (`resetBackoff`), and so does `forgetAfterSeconds` without any attempt.
 * It slows a guesser to about one try per `maxDelaySeconds` while the real
 * owner waits at most that long.
 */
export interface BackoffRule {
  freeAttempts: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  forgetAfterSeconds: number;
}

/** How long the next attempt must wait after the previous one, once `attempts` have been made. */
export function backoffDelaySeconds(rule: BackoffRule, attempts: number): number {
  if (attempts < rule.freeAttempts) return 0;
  return Math.min(
    rule.baseDelaySeconds * 2 ** (attempts - rule.freeAttempts),
    rule.maxDelaySeconds,
  );
}

/**
 * Counts one attempt against `key` if the backoff allows it now, else says how
 * long to wait. Every attempt is counted before it is tried, in one locked
 * read-and-write, so a burst of concurrent attempts cannot all slip through
 * before the first failure is recorded. Shares the rate_limit table (count:
 * attempts since the last success, lastRequest: the last attempt).
 */
export async function consumeBackoffAttempt(
  db: Db,
  key: string,
  rule: BackoffRule,
  now: Date = new Date(),
): Promise<RateLimitVerdict> {
  const stored = `quizdeck:${key}`;
  const nowMs = now.getTime();
  return inTransaction(db, async (tx) => {
    await tx.$executeRaw`
      INSERT INTO "rate_limit" (id, key, count, "lastRequest")
      VALUES (${randomUUID()}, ${stored}, 0, ${BigInt(nowMs)})
      ON CONFLICT (key) DO NOTHING`;
    const rows = await tx.$queryRaw<{ count: number; lastRequest: bigint }[]>`
      SELECT count, "lastRequest" FROM "rate_limit" WHERE key = ${stored} FOR UPDATE`;
    const row = rows[0];
    const lastMs = Number(row?.lastRequest ?? 0);
    const forgotten = nowMs - lastMs >= rule.forgetAfterSeconds * 1000;
    const attempts = forgotten ? 0 : (row?.count ?? 0);
    const opensAtMs = lastMs + backoffDelaySeconds(rule, attempts) * 1000;
    if (attempts >= rule.freeAttempts && nowMs < opensAtMs) {
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((opensAtMs - nowMs) / 1000)),
      };
    }
    await tx.$executeRaw`
      UPDATE "rate_limit" SET count = ${attempts + 1}, "lastRequest" = ${BigInt(nowMs)}
      WHERE key = ${stored}`;
    return { allowed: true };
  });
}

/** After a success: the next attempt starts from nothing. */
export async function resetBackoff(db: Db, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: `quizdeck:${key}` } });
}

import { randomUUID } from "node:crypto";
import type { Db } from "../../client/create-prisma-client.ts";

export interface RateLimitRule {
  /** Length of the fixed window, in seconds. */
  windowSeconds: number;
  /** Requests allowed per window. */
  max: number;
}

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one request against `key` in a fixed window and says whether it is
 * allowed. One atomic upsert in the shared database, so the limit holds across
 * app instances and concurrent requests cannot both slip under it. Keys share
 * Better Auth's rate_limit table under a "quizdeck:" prefix.
 */
export async function consumeRateLimit(
  db: Db,
  key: string,
  rule: RateLimitRule,
  now: Date = new Date(),
): Promise<RateLimitVerdict> {
  const nowMs = BigInt(now.getTime());
  const windowStart = nowMs - BigInt(rule.windowSeconds * 1000);
  const rows = await db.$queryRaw<{ count: number; lastRequest: bigint }[]>`
    INSERT INTO "rate_limit" (id, key, count, "lastRequest")
    VALUES (${randomUUID()}, ${`quizdeck:${key}`}, 1, ${nowMs})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "rate_limit"."lastRequest" <= ${windowStart} THEN 1 ELSE "rate_limit".count + 1 END,
      "lastRequest" = CASE WHEN "rate_limit"."lastRequest" <= ${windowStart} THEN ${nowMs} ELSE "rate_limit"."lastRequest" END
    RETURNING count, "lastRequest"`;
  const row = rows[0];
  if (!row || row.count <= rule.max) return { allowed: true };
  const windowEndsMs = Number(row.lastRequest) + rule.windowSeconds * 1000;
  return {
    allowed: false,
    retryAfterSeconds: Math.max(1, Math.ceil((windowEndsMs - now.getTime()) / 1000)),
  };
}

import type { Db } from "../../client/create-prisma-client.ts";

/**
 * Deletes counters no limit looks at any more: every row whose last window
 * start or last attempt is older than `olderThanSeconds` (give the longest
 * window or forget-after of all limits). Returns how many went.
 */
export async function pruneRateLimits(
  db: Db,
  options: { olderThanSeconds: number; now?: Date },
): Promise<number> {
  const cutoff = (options.now ?? new Date()).getTime() - options.olderThanSeconds * 1000;
  const { count } = await db.rateLimit.deleteMany({
    where: { lastRequest: { lt: BigInt(cutoff) } },
  });
  return count;
}

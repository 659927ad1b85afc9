import type { Db } from "./client/create-prisma-client.ts";
import { Prisma } from "./generated/prisma/client.ts";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const RETRYABLE = new Set([
  "P2002", // unique violation: a concurrent writer created the same row first
  "P2034", // write conflict or deadlock
]);
const MAX_TRIES = 4;

/**
 * Runs `work` in one transaction, retrying when it lost a race to a concurrent
 * writer (the retry then sees the winner's row and takes the idempotent path).
 */
export async function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, { maxWait: 10_000, timeout: 20_000 });
    } catch (error) {
      const retryable =
        error instanceof Prisma.PrismaClientKnownRequestError && RETRYABLE.has(error.code);
      if (!retryable || attempt >= MAX_TRIES) throw error;
    }
  }
}

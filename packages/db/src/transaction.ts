import { type Db, sqlPoolOf } from "./client/create-prisma-client.ts";
import type { SqlTx } from "./client/sql-pool.ts";
import { Prisma } from "./generated/prisma/client.ts";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type { SqlTx };

const RETRYABLE = new Set([
  "P2002", // unique violation: a concurrent writer created the same row first
  "P2034", // write conflict or deadlock
]);
/** The same, as PostgreSQL says it to the driver: unique violation, serialization failure, deadlock. */
const RETRYABLE_SQLSTATES = new Set(["23505", "40001", "40P01"]);
const MAX_TRIES = 4;

/**
 * Runs `work` in one transaction, retrying when it lost a race to a concurrent
 * writer (the retry then sees the winner's row and takes the idempotent path).
 */
export async function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return withRetries(() => db.$transaction(work, { maxWait: 10_000, timeout: 20_000 }));
}

/**
 * Thrown inside `inSqlTransaction`'s work to end the transaction without
 * keeping what it wrote, answering `value`: for an answer that needs nothing
 * written after all (a retry), where the look-ups had already locked a row.
 */
export class Discard<T> {
  constructor(readonly value: T) {}
}

/**
 * `inTransaction` for the hot path: raw statements straight on the driver,
 * without Prisma's per-statement and per-transaction cost (client/sql-pool.ts).
 */
export async function inSqlTransaction<T>(db: Db, work: (tx: SqlTx) => Promise<T>): Promise<T> {
  const pool = sqlPoolOf(db);
  try {
    return await withRetries(() => pool.transaction(work));
  } catch (error) {
    if (error instanceof Discard) return error.value as T;
    throw error;
  }
}

async function withRetries<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!isRetryable(error) || attempt >= MAX_TRIES) throw error;
    }
  }
}

function isRetryable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return RETRYABLE.has(error.code);
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && RETRYABLE_SQLSTATES.has(code);
}

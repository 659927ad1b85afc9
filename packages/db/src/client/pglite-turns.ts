import type { PGlite } from "@electric-sql/pglite";
import { ClientGoneError } from "./client-gone.ts";
import { requestClient } from "./request-client.ts";

/**
 * How the embedded database's one queue stands: PGlite runs every statement
 * outside a transaction, and every transaction whole, one at a time behind one
 * lock (`_runExclusiveTransaction`: Prisma's queries, its interactive
 * transactions and the answer save's own all take it).
 */
export interface DatabaseBacklog {
  /** Turns waiting for the lock now. */
  waiting: number;
  /** How long a turn has held the lock lately (moving average), ms. */
  turnMs: number;
  /** What a statement queued now would wait before it runs: waiting × turnMs. */
  expectedWaitMs: number;
}

/** Weight of the newest turn in the moving average: about the last 50 turns count. */
const TURN_WEIGHT = 0.04;

type Exclusive = <T>(fn: () => Promise<T>) => Promise<T>;

/**
 * Every open embedded database's gauge, and the reading of them all, on
 * globalThis under a registered symbol: apps/web/server.mjs reads it before
 * a request reaches Next.js, whose bundles each load their own copy of this module.
 */
interface BacklogRegistry {
  gauges: Set<() => DatabaseBacklog>;
  /** The longest backlog of the embedded databases open in this process; null when none is. */
  read(): DatabaseBacklog | null;
}

const KEY = Symbol.for("quizdeck.database-backlog");
const globalForBacklog = globalThis as typeof globalThis & { [KEY]?: BacklogRegistry };
globalForBacklog[KEY] ??= {
  gauges: new Set(),
  read() {
    let longest: DatabaseBacklog | null = null;
    for (const gauge of this.gauges) {
      const backlog = gauge();
      if (!longest || backlog.expectedWaitMs > longest.expectedWaitMs) longest = backlog;
    }
    return longest;
  },
};
const registry = globalForBacklog[KEY];

/**
 * Counts the turns waiting on `db`'s lock and times those it runs, and drops
 * a turn whose HTTP client (request-client.ts) hung up while it waited: it
 * rejects with ClientGoneError instead of running. Work with no request
 * behind it (migrations, the memory-fitting worker) is never dropped. Returns
 * the instance's gauge; `databaseBacklog()` reads all of them.
 */
export function watchTurns(db: PGlite): () => DatabaseBacklog {
  const exclusive: Exclusive = db._runExclusiveTransaction.bind(db);
  let waiting = 0;
  let turnMs = 0;
  db._runExclusiveTransaction = <T>(fn: () => Promise<T>): Promise<T> => {
    const client = requestClient.getStore()?.signal;
    waiting += 1;
    let queued = true;
    const dequeue = () => {
      if (queued) waiting -= 1;
      queued = false;
    };
    return exclusive(async () => {
      dequeue();
      if (client?.aborted) throw new ClientGoneError();
      const started = performance.now();
      try {
        return await fn();
      } finally {
        const took = performance.now() - started;
        turnMs = turnMs === 0 ? took : turnMs + TURN_WEIGHT * (took - turnMs);
      }
    }).finally(dequeue);
  };
  const gauge = () => ({ waiting, turnMs, expectedWaitMs: waiting * turnMs });
  registry.gauges.add(gauge);
  return gauge;
}

/** The longest backlog of the embedded databases open in this process; null when none is. */
export function databaseBacklog(): DatabaseBacklog | null {
  return registry.read();
}

/** Stops reading `gauge` (its database was closed). */
export function forgetTurns(gauge: () => DatabaseBacklog): void {
  registry.gauges.delete(gauge);
}

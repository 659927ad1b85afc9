import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/prisma/client.ts";
import type { DatabaseTarget } from "./database-target.ts";
import { openPglite } from "./pglite-instances.ts";
import {
  pgliteSqlPool,
  pgSqlPool,
  type SqlPool,
  type SqlTx,
  type StatementListener,
} from "./sql-pool.ts";

export type Db = PrismaClient;

export interface ClientOptions {
  /** Told every statement the client sends, Prisma's and the driver's own. */
  onStatement?: StatementListener;
}

/** How long a request waits for a free PostgreSQL connection before it is answered 503. */
const POOL_WAIT_MS = 10_000;

/**
 * Each client's transactions straight on its driver (sqlPoolOf). On globalThis:
 * Next.js may load this module more than once (one copy per bundle layer),
 * and a client made by one copy is used through another (get-db.ts).
 */
const globalForPools = globalThis as typeof globalThis & {
  __quizdeckSqlPools?: WeakMap<Db, SqlPool>;
};
globalForPools.__quizdeckSqlPools ??= new WeakMap();
const sqlPools = globalForPools.__quizdeckSqlPools;

export function createPrismaClient(target: DatabaseTarget, options: ClientOptions = {}): Db {
  if (target.kind === "pglite") return prismaOnPglite(openPglite(target.dataDir), options);
  const pool = new pg.Pool({
    connectionString: target.url,
    max: target.poolSize,
    connectionTimeoutMillis: POOL_WAIT_MS,
  });
  // An idle connection dropped by the server (a restart) must not bring the process down;
  // the next query on the pool opens a new one.
  pool.on("error", (error) => console.error("A database connection was lost:", error.message));
  const client = newClient(new PrismaPg(pool, { disposeExternalPool: true }), options);
  sqlPools.set(client, pgSqlPool(pool, options.onStatement));
  return client;
}

/** A client on an open PGlite (an embedded data directory, or one in memory for the tests). */
export function prismaOnPglite(pglite: PGlite, options: ClientOptions = {}): Db {
  const client = newClient(new PrismaPGlite(pglite), options);
  sqlPools.set(client, pgliteSqlPool(pglite, options.onStatement));
  return client;
}

/**
 * Transactions on the client's own driver and connections. A client made
 * elsewhere runs them through Prisma's interactive transactions: the same
 * statements, at Prisma's cost.
 */
export function sqlPoolOf(db: Db): SqlPool {
  return (sqlPools.get(db) ?? {
    transaction: (work: (tx: SqlTx) => Promise<unknown>) =>
      db.$transaction((tx) => work(tx), { maxWait: POOL_WAIT_MS, timeout: 20_000 }),
  }) as SqlPool;
}

function newClient(adapter: PrismaPg | PrismaPGlite, options: ClientOptions): Db {
  const listener = options.onStatement;
  if (!listener) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  client.$on("query", (event) => listener(event.query, "prisma"));
  return client as unknown as Db;
}

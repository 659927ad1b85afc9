import { readDbEnv } from "../env.ts";
import { type ClientOptions, createPrismaClient, type Db } from "./create-prisma-client.ts";
import { type DatabaseTarget, resolveDatabaseTarget } from "./database-target.ts";

const globalForDb = globalThis as typeof globalThis & { __quizdeckDb?: Db };

/** The process-wide client for the database the environment selects. */
export function getDb(): Db {
  globalForDb.__quizdeckDb ??= createPrismaClient(currentDatabaseTarget(), statementLog());
  return globalForDb.__quizdeckDb;
}

/** QUIZDECK_LOG_SQL=1: each statement on one line of the output, as `[sql prisma] …` or `[sql driver] …`. */
function statementLog(): ClientOptions {
  if (readDbEnv().QUIZDECK_LOG_SQL !== "1") return {};
  return {
    onStatement: (sql, via) => console.log(`[sql ${via}] ${sql.replace(/\s+/g, " ").trim()}`),
  };
}

export function currentDatabaseTarget(): DatabaseTarget {
  return resolveDatabaseTarget(readDbEnv());
}

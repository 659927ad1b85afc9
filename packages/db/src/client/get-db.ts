import { readDbEnv } from "../env.ts";
import { createPrismaClient, type Db } from "./create-prisma-client.ts";
import { type DatabaseTarget, resolveDatabaseTarget } from "./database-target.ts";

const globalForDb = globalThis as typeof globalThis & { __quizdeckDb?: Db };

/** The process-wide client for the database the environment selects. */
export function getDb(): Db {
  globalForDb.__quizdeckDb ??= createPrismaClient(currentDatabaseTarget());
  return globalForDb.__quizdeckDb;
}

export function currentDatabaseTarget(): DatabaseTarget {
  return resolveDatabaseTarget(readDbEnv());
}

import { chmodSync, mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { lockDataDir } from "./data-dir-lock.ts";
import { type DatabaseBacklog, forgetTurns, watchTurns } from "./pglite-turns.ts";

interface OpenInstance {
  db: PGlite;
  unlock: () => void;
  turns: () => DatabaseBacklog;
}

/**
 * PGlite is a single-connection database living inside this process: every
 * user of one data directory (Prisma, migrations, seed) must share one
 * instance. Kept on globalThis so Next.js dev reloads do not open a second one.
 * The instance queues queries until it is ready, so opening is synchronous.
 */
const globalForPglite = globalThis as typeof globalThis & {
  __quizdeckPglite?: Map<string, OpenInstance>;
};
globalForPglite.__quizdeckPglite ??= new Map();
const instances = globalForPglite.__quizdeckPglite;

export function openPglite(dataDir: string): PGlite {
  let instance = instances.get(dataDir);
  if (!instance) {
    // Owner only: the files hold every account's password hash and session tokens.
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    chmodSync(dataDir, 0o700);
    const unlock = lockDataDir(dataDir);
    const db = new PGlite(dataDir);
    instance = { db, unlock, turns: watchTurns(db) };
    instances.set(dataDir, instance);
  }
  return instance.db;
}

export async function closePglite(dataDir: string): Promise<void> {
  const instance = instances.get(dataDir);
  if (!instance) return;
  instances.delete(dataDir);
  forgetTurns(instance.turns);
  try {
    await instance.db.close();
  } finally {
    instance.unlock();
  }
}

import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";

/**
 * PGlite is a single-connection database living inside this process: every
 * user of one data directory (Prisma, migrations, seed) must share one
 * instance. Kept on globalThis so Next.js dev reloads do not open a second one.
 */
const globalForPglite = globalThis as typeof globalThis & {
  __quizdeckPglite?: Map<string, Promise<PGlite>>;
};
const instances = (globalForPglite.__quizdeckPglite ??= new Map());

export function openPglite(dataDir: string): Promise<PGlite> {
  let instance = instances.get(dataDir);
  if (!instance) {
    if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
    instance = PGlite.create(dataDir);
    instances.set(dataDir, instance);
  }
  return instance;
}

export async function closePglite(dataDir: string): Promise<void> {
  const instance = instances.get(dataDir);
  if (!instance) return;
  instances.delete(dataDir);
  await (await instance).close();
}

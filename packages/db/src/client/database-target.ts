import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { DbEnv } from "../env.ts";

export type DatabaseTarget =
  | { kind: "postgres"; url: string; poolSize: number }
  | { kind: "pglite"; dataDir: string };

/** DATABASE_URL wins; otherwise embedded PGlite in QUIZDECK_DATA_DIR or <repo>/.data/pglite. */
export function resolveDatabaseTarget(env: DbEnv, cwd: string = invocationDir()): DatabaseTarget {
  if (env.DATABASE_URL) {
    return { kind: "postgres", url: env.DATABASE_URL, poolSize: env.QUIZDECK_DB_POOL_SIZE };
  }
  const dataDir = env.QUIZDECK_DATA_DIR
    ? resolve(cwd, env.QUIZDECK_DATA_DIR)
    : join(findRepoRoot(cwd), ".data", "pglite");
  return { kind: "pglite", dataDir };
}

/** Where the user typed the command: npm runs workspace scripts elsewhere but records it. */
function invocationDir(): string {
  return process.env.INIT_CWD || process.cwd();
}

/** Scripts run from the root, `next start` from apps/web: both find the same .data/. */
function findRepoRoot(from: string): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, "turbo.json"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(from);
    dir = parent;
  }
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "pglite") return `embedded PGlite at ${target.dataDir}`;
  const url = new URL(target.url);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}

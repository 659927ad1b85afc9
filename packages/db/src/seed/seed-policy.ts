import type { DatabaseTarget } from "../client/database-target.ts";
import type { DbEnv } from "../env.ts";

/**
 * Whether `npm start` adds the demo data (accounts with a published
 * password): only to an empty embedded database, and on a production server
 * (NODE_ENV=production) only when QUIZDECK_DEMO=1 says so. A database named
 * by DATABASE_URL is never seeded implicitly (`npm run db:seed` does it on purpose).
 */
export function shouldSeedDemo(options: {
  target: DatabaseTarget;
  empty: boolean;
  env: Pick<DbEnv, "NODE_ENV" | "QUIZDECK_DEMO">;
}): boolean {
  const { target, empty, env } = options;
  if (target.kind !== "pglite" || !empty) return false;
  return env.NODE_ENV !== "production" || env.QUIZDECK_DEMO === "1";
}

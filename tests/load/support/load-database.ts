import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import {
  createPrismaClient,
  type Db,
} from "../../../packages/db/src/client/create-prisma-client.ts";
import type { DatabaseTarget } from "../../../packages/db/src/client/database-target.ts";
import { openSqlConnection } from "../../../packages/db/src/client/open-sql-connection.ts";
import { closePglite } from "../../../packages/db/src/client/pglite-instances.ts";
import type { SqlConnection } from "../../../packages/db/src/client/sql-connection.ts";
import { migrateDatabase } from "../../../packages/db/src/migrate/migrate-database.ts";
import { createPostgresDatabase } from "../../../packages/db/test/support/test-databases.ts";

export type BackendName = "pglite" | "postgres";

/** A fresh, migrated database for one load or crash run, and the env that points the app at it. */
export interface LoadDatabase {
  backend: BackendName;
  target: DatabaseTarget;
  serverEnv: Record<string, string>;
  /** Work on the database from this process; PGlite is released afterwards for the server. */
  withPrisma<T>(work: (db: Db) => Promise<T>): Promise<T>;
  withSql<T>(work: (sql: SqlConnection) => Promise<T>): Promise<T>;
  drop(): Promise<void>;
}

/** PostgreSQL pool per app process in these runs (the app's default). */
export const POOL_SIZE = 10;

export async function createLoadDatabase(
  backend: BackendName,
  postgresAdminUrl?: string,
): Promise<LoadDatabase> {
  let target: DatabaseTarget;
  let serverEnv: Record<string, string>;
  let drop: () => Promise<void>;
  if (backend === "pglite") {
    const dataDir = join(mkdtempSync(join(tmpdir(), "quizdeck-load-")), "pglite");
    target = { kind: "pglite", dataDir };
    serverEnv = { QUIZDECK_DATA_DIR: dataDir, DATABASE_URL: "" };
    drop = async () => rmSync(dirname(dataDir), { recursive: true, force: true });
  } else {
    if (!postgresAdminUrl) throw new Error("A PostgreSQL run needs a server's admin URL");
    const database = await createPostgresDatabase(postgresAdminUrl);
    target = { kind: "postgres", url: database.url, poolSize: POOL_SIZE };
    serverEnv = { DATABASE_URL: database.url, QUIZDECK_DB_POOL_SIZE: String(POOL_SIZE) };
    drop = database.drop;
  }
  const release = async () => {
    if (target.kind === "pglite") await closePglite(target.dataDir);
  };
  await migrateDatabase(target);
  await release();
  return {
    backend,
    target,
    serverEnv,
    async withPrisma(work) {
      const db = createPrismaClient(target);
      try {
        return await work(db);
      } finally {
        await db.$disconnect();
        await release();
      }
    },
    async withSql(work) {
      const sql = await openSqlConnection(target);
      try {
        return await work(sql);
      } finally {
        await sql.close();
        await release();
      }
    },
    drop,
  };
}

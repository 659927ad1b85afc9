import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { DatabaseTarget } from "./database-target.ts";
import { openPglite } from "./pglite-instances.ts";
import type { SqlConnection } from "./sql-connection.ts";

export async function openSqlConnection(target: DatabaseTarget): Promise<SqlConnection> {
  if (target.kind === "pglite") return pgliteConnection(openPglite(target.dataDir));
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  return pgConnection(client);
}

/** The shared instance stays open for the process's other users. */
export function pgliteConnection(db: PGlite): SqlConnection {
  return {
    async exec(sql) {
      await db.exec(sql);
    },
    async query(sql, params) {
      return (await db.query<never>(sql, params)).rows;
    },
    async close() {},
  };
}

export function pgConnection(client: pg.Client): SqlConnection {
  return {
    async exec(sql) {
      await client.query(sql);
    },
    async query(sql, params) {
      return (await client.query(sql, params)).rows;
    },
    async close() {
      await client.end();
    },
  };
}

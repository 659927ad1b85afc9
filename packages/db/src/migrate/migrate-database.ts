import type { DatabaseTarget } from "../client/database-target.ts";
import { openSqlConnection } from "../client/open-sql-connection.ts";
import { applyMigrations, type MigrationReport } from "./apply-migrations.ts";
import { readMigrations } from "./read-migrations.ts";

export async function migrateDatabase(target: DatabaseTarget): Promise<MigrationReport> {
  const connection = await openSqlConnection(target);
  try {
    return await applyMigrations(connection, readMigrations());
  } finally {
    await connection.close();
  }
}

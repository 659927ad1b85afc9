import { randomUUID } from "node:crypto";
import type { SqlConnection } from "../client/sql-connection.ts";
import type { MigrationFile } from "./read-migrations.ts";

/** The advisory lock key Prisma Migrate itself takes, so the two never run at once. */
const MIGRATION_LOCK_KEY = 72707369;

// Prisma's own bookkeeping table, column for column: `prisma migrate status`
// and `migrate deploy` read what this runner writes, and the reverse.
const CREATE_HISTORY_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
  /** Applied migrations whose file changed since: reported, not re-run (as Prisma does). */
  modified: string[];
}

export class MigrationError extends Error {
  constructor(
    readonly migration: string,
    cause: unknown,
  ) {
    super(
      `Migration ${migration} failed and was rolled back; the database is unchanged by it: ${
        cause instanceof Error ? cause.message : String(cause)
      }`,
      { cause },
    );
    this.name = "MigrationError";
  }
}

/**
 * Brings the database up to date with `migrations`. Each migration runs in its
 * own transaction together with its history row, so a failure leaves neither a
 * half-applied schema nor a "failed" entry to resolve by hand. Concurrent
 * callers (two app instances starting at once) queue on an advisory lock; the
 * second finds nothing left to do.
 */
export function applyMigrations(
  connection: SqlConnection,
  migrations: readonly MigrationFile[],
): Promise<MigrationReport> {
  // The advisory lock is per session, and PGlite has one session per process:
  // callers in this process also queue here.
  const run = inProcessQueue.then(() => applyLocked(connection, migrations));
  inProcessQueue = run.catch(() => {});
  return run;
}

let inProcessQueue: Promise<unknown> = Promise.resolve();

async function applyLocked(
  connection: SqlConnection,
  migrations: readonly MigrationFile[],
): Promise<MigrationReport> {
  await connection.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  try {
    await connection.exec(CREATE_HISTORY_TABLE);
    const rows = await connection.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations"
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Map(rows.map((row) => [row.migration_name, row.checksum]));
    const report: MigrationReport = { applied: [], alreadyApplied: [], modified: [] };

    for (const migration of migrations) {
      const checksum = done.get(migration.name);
      if (checksum !== undefined) {
        report.alreadyApplied.push(migration.name);
        if (checksum !== migration.checksum) report.modified.push(migration.name);
        continue;
      }
      await applyOne(connection, migration);
      report.applied.push(migration.name);
    }
    return report;
  } finally {
    await connection.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
  }
}

async function applyOne(connection: SqlConnection, migration: MigrationFile): Promise<void> {
  await connection.exec("BEGIN");
  try {
    await connection.exec(migration.sql);
    await connection.query(
      `INSERT INTO "_prisma_migrations"
         (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await connection.exec("COMMIT");
  } catch (error) {
    await connection.exec("ROLLBACK");
    throw new MigrationError(migration.name, error);
  }
}

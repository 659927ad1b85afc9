import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { pgConnection, pgliteConnection } from "../src/client/open-sql-connection.ts";
import type { SqlConnection } from "../src/client/sql-connection.ts";
import { applyMigrations, MigrationError } from "../src/migrate/apply-migrations.ts";
import { type MigrationFile, readMigrations } from "../src/migrate/read-migrations.ts";
import { TEST_POSTGRES_URL } from "./support/postgres-url.ts";
import { createPostgresDatabase } from "./support/test-databases.ts";

const migrations = readMigrations();

interface Fixture {
  name: string;
  open(): Promise<{ connect(): Promise<SqlConnection>; close(): Promise<void> }>;
}

const fixtures: Fixture[] = [
  {
    name: "pglite",
    async open() {
      const pglite = await PGlite.create();
      return { connect: async () => pgliteConnection(pglite), close: () => pglite.close() };
    },
  },
  ...(TEST_POSTGRES_URL
    ? [
        {
          name: "postgres",
          async open() {
            const database = await createPostgresDatabase(TEST_POSTGRES_URL as string);
            const clients: pg.Client[] = [];
            return {
              async connect() {
                const client = new pg.Client({ connectionString: database.url });
                await client.connect();
                clients.push(client);
                return pgConnection(client);
              },
              async close() {
                await Promise.all(clients.map((client) => client.end().catch(() => {})));
                await database.drop();
              },
            };
          },
        } satisfies Fixture,
      ]
    : []),
];

describe.each(fixtures)("migrations on $name", (fixture) => {
  const opened: { close(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const database of opened) await database.close();
  });
  const open = async () => {
    const database = await fixture.open();
    opened.push(database);
    return database;
  };

  it("applies every migration once, and a second run is a no-op", async () => {
    const database = await open();
    const connection = await database.connect();
    const first = await applyMigrations(connection, migrations);
    expect(first.applied).toEqual(migrations.map((migration) => migration.name));
    const second = await applyMigrations(connection, migrations);
    expect(second).toEqual({
      applied: [],
      alreadyApplied: migrations.map((migration) => migration.name),
      modified: [],
    });
    const tables = await connection.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(tables.map((row) => row.table_name)).toEqual(
      expect.arrayContaining([
        "user",
        "attempt",
        "response",
        "item_memory",
        "review_log",
        "_prisma_migrations",
      ]),
    );
  });

  it("records history in Prisma's own format", async () => {
    const database = await open();
    const connection = await database.connect();
    await applyMigrations(connection, migrations);
    const rows = await connection.query<Record<string, unknown>>(
      'SELECT * FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows).toHaveLength(migrations.length);
    for (const [index, row] of rows.entries()) {
      expect(row.migration_name).toBe(migrations[index]?.name);
      expect(row.checksum).toBe(migrations[index]?.checksum);
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(String(row.id)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("rolls a failing migration back completely and records nothing for it", async () => {
    const database = await open();
    const connection = await database.connect();
    const broken: MigrationFile = {
      name: "99999999999999_broken",
      sql: 'CREATE TABLE "half_done" (id int); SELECT * FROM "no_such_table";',
      checksum: "0".repeat(64),
    };
    await expect(applyMigrations(connection, [...migrations, broken])).rejects.toBeInstanceOf(
      MigrationError,
    );
    const leftovers = await connection.query(
      "SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'",
    );
    expect(leftovers).toHaveLength(0);
    const recorded = await connection.query<{ migration_name: string }>(
      'SELECT migration_name FROM "_prisma_migrations"',
    );
    expect(recorded.map((row) => row.migration_name)).toEqual(migrations.map((m) => m.name));
  });

  it("reports an applied migration whose file has changed, without re-running it", async () => {
    const database = await open();
    const connection = await database.connect();
    await applyMigrations(connection, migrations);
    const edited = migrations.map((migration, index) =>
      index === 0 ? { ...migration, checksum: "f".repeat(64) } : migration,
    );
    const report = await applyMigrations(connection, edited);
    expect(report.applied).toEqual([]);
    expect(report.modified).toEqual([migrations[0]?.name]);
  });

  it("lets two processes start at once: one migrates, the other waits and finds nothing to do", async () => {
    const database = await open();
    const [a, b] = await Promise.all([database.connect(), database.connect()]);
    const reports = await Promise.all([
      applyMigrations(a, migrations),
      applyMigrations(b, migrations),
    ]);
    const applied = reports.flatMap((report) => report.applied);
    expect(applied).toEqual(migrations.map((migration) => migration.name));
    const rows = await a.query('SELECT 1 FROM "_prisma_migrations"');
    expect(rows).toHaveLength(migrations.length);
  });
});

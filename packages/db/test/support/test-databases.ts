import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import {
  type ClientOptions,
  createPrismaClient,
  type Db,
  prismaOnPglite,
} from "../../src/client/create-prisma-client.ts";
import { pgliteConnection } from "../../src/client/open-sql-connection.ts";
import { applyMigrations } from "../../src/migrate/apply-migrations.ts";
import { migrateDatabase } from "../../src/migrate/migrate-database.ts";
import { readMigrations } from "../../src/migrate/read-migrations.ts";
import { TEST_POSTGRES_URL } from "./postgres-url.ts";

export interface TestDatabase {
  db: Db;
  /** A connection string when the backend is a server (for raw checks and extra clients). */
  url?: string;
  close(): Promise<void>;
}

export interface TestBackend {
  name: "pglite" | "postgres";
  create(options?: ClientOptions): Promise<TestDatabase>;
}

const pgliteBackend: TestBackend = {
  name: "pglite",
  async create(options) {
    const pglite = await PGlite.create();
    await applyMigrations(pgliteConnection(pglite), readMigrations());
    const db = prismaOnPglite(pglite, options);
    return {
      db,
      async close() {
        await db.$disconnect();
        await pglite.close();
      },
    };
  },
};

/** A fresh database per call on the test server, dropped again on close. */
export async function createPostgresDatabase(adminUrl: string) {
  const name = `quizdeck_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

const postgresBackend = (adminUrl: string): TestBackend => ({
  name: "postgres",
  async create(options) {
    const database = await createPostgresDatabase(adminUrl);
    const target = { kind: "postgres" as const, url: database.url, poolSize: 8 };
    await migrateDatabase(target);
    const db = createPrismaClient(target, options);
    return {
      db,
      url: database.url,
      async close() {
        await db.$disconnect();
        await database.drop();
      },
    };
  },
});

/** PGlite always; the PostgreSQL server too when the suite has one. */
export const testBackends: TestBackend[] = [
  pgliteBackend,
  ...(TEST_POSTGRES_URL ? [postgresBackend(TEST_POSTGRES_URL)] : []),
];

import { afterAll, beforeAll, describe } from "vitest";
import type { Db } from "../../src/client/create-prisma-client.ts";
import { type TestDatabase, testBackends } from "./test-databases.ts";

export interface SuiteDatabase {
  /** The suite's client; usable inside hooks and tests (it forwards to the database opened for the suite). */
  db: Db;
  /** The backend's name, and its connection string when it is a server. */
  backend: "pglite" | "postgres";
  url(): string | undefined;
}

/**
 * `describe` once per backend (PGlite always, PostgreSQL when the suite has its
 * URL), each with a fresh migrated database for the whole block, closed after it.
 */
export function describeEachBackend(title: string, body: (database: SuiteDatabase) => void) {
  describe.each(testBackends)(`${title} on $name`, (backend) => {
    let opened: TestDatabase | undefined;
    const current = () => {
      if (!opened) throw new Error("The suite's database is used before the suite started.");
      return opened;
    };
    beforeAll(async () => {
      opened = await backend.create();
    });
    afterAll(() => opened?.close());
    body({ db: forwardTo(() => current().db), backend: backend.name, url: () => current().url });
  });
}

/** A client that forwards every property to the one `get` returns at the time of use. */
function forwardTo(get: () => Db): Db {
  return new Proxy({} as Db, {
    get(_target, property) {
      const real = get();
      const value = Reflect.get(real, property, real);
      return typeof value === "function" ? value.bind(real) : value;
    },
  });
}

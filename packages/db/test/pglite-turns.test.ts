import { PGlite } from "@electric-sql/pglite";
import { afterEach, describe, expect, it, vi } from "vitest";
import { isClientGone } from "../src/client/client-gone.ts";
import { databaseBacklog, forgetTurns, watchTurns } from "../src/client/pglite-turns.ts";
import { requestClient } from "../src/client/request-client.ts";

/** An in-memory database whose one lock is held until `release()`. */
async function heldDatabase() {
  const db = new PGlite();
  await db.waitReady;
  const gauge = watchTurns(db);
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const holder = db.transaction(async () => {
    await held;
  });
  return { db, gauge, release, holder };
}

const opened: { db: PGlite; gauge: ReturnType<typeof watchTurns> }[] = [];
afterEach(async () => {
  for (const { db, gauge } of opened.splice(0)) {
    forgetTurns(gauge);
    await db.close();
  }
});

describe("watchTurns (the embedded database's one queue, measured)", () => {
  it("counts the statements and transactions waiting for the lock, Prisma's and ours alike", async () => {
    const { db, gauge, release, holder } = await heldDatabase();
    opened.push({ db, gauge });
    const waiting = [
      db.query("SELECT 1"),
      db.exec("SELECT 2"),
      db.transaction((tx) => tx.query("SELECT 3")),
    ];
    // Each reaches the lock once PGlite has checked it is ready (a promise later).
    await vi.waitFor(() => expect(gauge().waiting).toBe(3));
    expect(databaseBacklog()?.waiting).toBe(3);
    release();
    await Promise.all([holder, ...waiting]);
    expect(gauge().waiting).toBe(0);
    expect(gauge().turnMs).toBeGreaterThan(0);
    expect(gauge().expectedWaitMs).toBe(0);
  }, 30_000);

  it("drops a queued statement whose client hung up before its turn, and runs the rest", async () => {
    const { db, gauge, release, holder } = await heldDatabase();
    opened.push({ db, gauge });
    const gone = new AbortController();
    const served = (signal: AbortSignal) => ({ signal, databaseAway: false });
    const abandoned = requestClient.run(served(gone.signal), () => db.query("SELECT 'abandoned'"));
    const kept = requestClient.run(served(new AbortController().signal), () =>
      db.query<{ kept: number }>("SELECT 1 AS kept"),
    );
    const background = db.query<{ fitting: number }>("SELECT 2 AS fitting");
    gone.abort();
    release();
    await holder;
    const dropped = await abandoned.then(
      () => null,
      (error: unknown) => error,
    );
    expect(isClientGone(dropped)).toBe(true);
    expect((await kept).rows).toEqual([{ kept: 1 }]);
    expect((await background).rows).toEqual([{ fitting: 2 }]);
    expect(gauge().waiting).toBe(0);
  }, 30_000);

  it("reads no backlog once its database is forgotten", async () => {
    const db = new PGlite();
    await db.waitReady;
    const gauge = watchTurns(db);
    forgetTurns(gauge);
    await db.close();
    expect(databaseBacklog()).toBeNull();
  }, 30_000);
});

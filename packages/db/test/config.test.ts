import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lockDataDir } from "../src/client/data-dir-lock.ts";
import { describeTarget, resolveDatabaseTarget } from "../src/client/database-target.ts";
import { readDbEnv } from "../src/env.ts";
import { shouldSeedDemo } from "../src/seed/seed-policy.ts";

describe("database configuration", () => {
  it("uses embedded PGlite under the repo's .data/ by default", () => {
    const target = resolveDatabaseTarget(readDbEnv({}), __dirname);
    expect(target).toEqual({
      kind: "pglite",
      dataDir: join(__dirname, "..", "..", "..", ".data", "pglite"),
    });
  });

  it("switches to PostgreSQL with DATABASE_URL, with the pool size from the environment", () => {
    const env = readDbEnv({
      DATABASE_URL: "postgresql://u:p@db.internal:6543/quizdeck",
      QUIZDECK_DB_POOL_SIZE: "25",
    });
    const target = resolveDatabaseTarget(env);
    expect(target).toEqual({
      kind: "postgres",
      url: "postgresql://u:p@db.internal:6543/quizdeck",
      poolSize: 25,
    });
    expect(describeTarget(target)).toBe("PostgreSQL at db.internal:6543/quizdeck");
  });

  it("names the variable when a value is wrong", () => {
    expect(() => readDbEnv({ DATABASE_URL: "mysql://x" })).toThrow(
      /DATABASE_URL must be a postgresql/,
    );
    expect(() => readDbEnv({ QUIZDECK_DB_POOL_SIZE: "0" })).toThrow(/QUIZDECK_DB_POOL_SIZE/);
    expect(() => readDbEnv({ QUIZDECK_LOG_SQL: "yes" })).toThrow(/QUIZDECK_LOG_SQL/);
  });
});

describe("the embedded data directory lock", () => {
  it("refuses a second live process and takes over a dead one's lock", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "quizdeck-lock-")), "pglite");
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      writeFileSync(`${dir}.lock`, String(holder.pid));
      expect(() => lockDataDir(dir)).toThrow(new RegExp(`in use by process ${holder.pid}`));
    } finally {
      holder.kill("SIGKILL");
      await new Promise((resolve) => holder.once("exit", resolve));
    }
    const release = lockDataDir(dir);
    expect(existsSync(`${dir}.lock`)).toBe(true);
    release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
    // The refusal waits for the holder to exit first (15 s): a budget of its own.
  }, 60_000);

  it("waits for a holder that is on its way out (a worker whose primary was killed)", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "quizdeck-lock-")), "pglite");
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 1500)"]);
    const exited = new Promise((resolve) => holder.once("exit", resolve));
    writeFileSync(`${dir}.lock`, String(holder.pid));
    const release = lockDataDir(dir);
    expect(readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
    release();
    await exited;
  }, 60_000);
});

describe("when start-up seeds the demo data", () => {
  const embedded = { kind: "pglite", dataDir: "/tmp/x" } as const;
  const server = { kind: "postgres", url: "postgresql://db/q", poolSize: 10 } as const;
  const env = (NODE_ENV: string | undefined, QUIZDECK_DEMO: "0" | "1" = "0") => ({
    NODE_ENV,
    QUIZDECK_DEMO,
  });

  it("seeds only an empty embedded database", () => {
    expect(shouldSeedDemo({ target: embedded, empty: true, env: env(undefined) })).toBe(true);
    expect(shouldSeedDemo({ target: embedded, empty: false, env: env(undefined) })).toBe(false);
    expect(shouldSeedDemo({ target: server, empty: true, env: env(undefined, "1") })).toBe(false);
  });

  it("never in production unless QUIZDECK_DEMO=1", () => {
    expect(shouldSeedDemo({ target: embedded, empty: true, env: env("production") })).toBe(false);
    expect(shouldSeedDemo({ target: embedded, empty: true, env: env("production", "1") })).toBe(
      true,
    );
    expect(() => readDbEnv({ QUIZDECK_DEMO: "yes" })).toThrow(/QUIZDECK_DEMO/);
  });
});

import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runProcess } from "./run-process.ts";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const WEB = join(ROOT, "apps", "web");
/**
 * A build of its own, so a developer's `.next` is never touched by the tests;
 * QUIZDECK_E2E_DIST_DIR lets two test runs in one checkout keep apart.
 */
export const E2E_DIST_DIR = process.env.QUIZDECK_E2E_DIST_DIR || ".next-e2e";

/**
 * The test server's session secret. The build sees it too, as a production
 * build would, so the security tests can check it never reaches the client files.
 */
export const E2E_AUTH_SECRET = "e2e-secret-e2e-secret-e2e-secret-0123456789";

/**
 * Builds the app for the tests, unless QUIZDECK_E2E_REUSE_BUILD=1 and a build
 * is there already (for re-running a test file while working on it).
 */
export function buildApp(): void {
  if (
    process.env.QUIZDECK_E2E_REUSE_BUILD === "1" &&
    existsSync(join(WEB, E2E_DIST_DIR, "BUILD_ID"))
  ) {
    return;
  }
  const result = spawnSync("npx", ["next", "build"], {
    cwd: WEB,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      QUIZDECK_NEXT_DIST_DIR: E2E_DIST_DIR,
      BETTER_AUTH_SECRET: E2E_AUTH_SECRET,
    },
    encoding: "utf8",
  });
  if (result.status !== 0)
    throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

export interface RunningApp {
  baseUrl: string;
  /** The public origin it was configured with (QUIZDECK_ORIGIN): the base URL's, or https. */
  origin: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * The env every served build gets; `extra` names the database and anything
 * else. The test clients stand in for a reverse proxy in front of the app
 * (each claims its own client address by X-Forwarded-For, so per-address
 * limits keep unrelated tests apart): the loopback peer is trusted as one
 * unless `extra` says otherwise.
 */
export function serverEnv(origin: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    QUIZDECK_NEXT_DIST_DIR: E2E_DIST_DIR,
    QUIZDECK_ORIGIN: origin,
    BETTER_AUTH_SECRET: E2E_AUTH_SECRET,
    QUIZDECK_TRUSTED_PROXIES: "loopback",
    DATABASE_URL: "",
    ...extra,
  };
}

/** Migrates the database the env names and, when it is an empty embedded one, seeds the demo data. */
export async function prepareDatabase(env: NodeJS.ProcessEnv): Promise<void> {
  const prepare = await runProcess("npx", ["tsx", "scripts/prepare.ts"], {
    cwd: join(ROOT, "packages", "db"),
    env,
    timeoutMs: 280_000,
  });
  if (prepare.status !== 0)
    throw new Error(`db:prepare failed:\n${prepare.stdout}\n${prepare.stderr}`);
}

export interface StartOptions {
  /** Configure the public origin as https://localhost:<port> (served over plain HTTP all the same). */
  https?: boolean;
  /** An embedded data directory prepared beforehand (say, by `npm run admin:create`). */
  dataDir?: string;
}

/**
 * Prepares a fresh embedded database (migrated and seeded with the demo class,
 * exactly as `npm start` does) and serves the built app on a free port.
 */
export async function startApp(
  extraEnv: Record<string, string> = {},
  options: StartOptions = {},
): Promise<RunningApp> {
  const dataDir = options.dataDir ?? join(mkdtempSync(join(tmpdir(), "quizdeck-e2e-")), "pglite");
  const port = await freePort();
  const origin = `${options.https ? "https" : "http"}://localhost:${port}`;
  const env = serverEnv(origin, { QUIZDECK_DATA_DIR: dataDir, ...extraEnv });
  await prepareDatabase(env);
  const server = await serveApp(env, port);
  return { baseUrl: server.baseUrl, origin, dataDir, stop: () => server.stop() };
}

export interface ServerProcess {
  baseUrl: string;
  /** Everything the server printed so far. */
  output(): string;
  /** SIGTERM, and waits for the exit. */
  stop(): Promise<void>;
  /** kill -9 of the server: no shutdown code runs. */
  crash(): Promise<void>;
  /** CPU time the server's processes have used so far (user + system), in ms; Linux only, else NaN. */
  cpuMs(): number;
}

/**
 * The build served on `port` by apps/web/server.mjs, as `npm start` serves it,
 * as its own process group (node itself, not npm, so a kill reaches it).
 */
export async function serveApp(env: NodeJS.ProcessEnv, port: number): Promise<ServerProcess> {
  const baseUrl = `http://localhost:${port}`;
  const server: ChildProcess = spawn(
    process.execPath,
    [
      // QUIZDECK_CPU_PROFILE_DIR: a V8 CPU profile of the server, written when it stops.
      ...(env.QUIZDECK_CPU_PROFILE_DIR
        ? ["--cpu-prof", `--cpu-prof-dir=${env.QUIZDECK_CPU_PROFILE_DIR}`]
        : []),
      join(WEB, "server.mjs"),
    ],
    {
      cwd: WEB,
      env: { ...env, PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  let output = "";
  server.stdout?.on("data", (chunk) => (output += chunk));
  server.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise((resolve) => server.once("exit", resolve));
  const kill = async (signal: NodeJS.Signals) => {
    if (server.exitCode !== null || server.signalCode !== null || server.pid === undefined) return;
    process.kill(-server.pid, signal);
    await exited;
  };
  await waitUntilServing(baseUrl, server, () => output);
  return {
    baseUrl,
    output: () => output,
    stop: () => kill("SIGTERM"),
    crash: () => kill("SIGKILL"),
    cpuMs: () => processGroupCpuMs(server.pid),
  };
}

/**
 * utime + stime (fields 14 and 15 of /proc/<pid>/stat, in clock ticks of 10 ms)
 * of every process in the server's process group: the primary and its workers.
 */
export function processGroupCpuMs(groupId: number | undefined): number {
  if (groupId === undefined) return Number.NaN;
  let ticks = 0;
  let found = false;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // exited meanwhile
    }
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) !== groupId) continue;
    found = true;
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return found ? ticks * 10 : Number.NaN;
}

async function waitUntilServing(baseUrl: string, server: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited early:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/sign-in`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer within 60 s:\n${output()}`);
}

import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const WEB = join(ROOT, "apps", "web");
/**
 * A build of its own, so a developer's `.next` is never touched by the tests;
 * QUIZDECK_E2E_DIST_DIR lets two test runs in one checkout keep apart.
 */
export const E2E_DIST_DIR = process.env.QUIZDECK_E2E_DIST_DIR || ".next-e2e";

export function buildApp(): void {
  const result = spawnSync("npx", ["next", "build"], {
    cwd: WEB,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", QUIZDECK_NEXT_DIST_DIR: E2E_DIST_DIR },
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
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Prepares a fresh embedded database (migrated and seeded with the demo class,
 * exactly as `npm start` does) and serves the built app on a free port.
 */
export async function startApp(extraEnv: Record<string, string> = {}): Promise<RunningApp> {
  const dataDir = join(mkdtempSync(join(tmpdir(), "quizdeck-e2e-")), "pglite");
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    QUIZDECK_DATA_DIR: dataDir,
    QUIZDECK_NEXT_DIST_DIR: E2E_DIST_DIR,
    QUIZDECK_ORIGIN: baseUrl,
    BETTER_AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456789",
    DATABASE_URL: "",
    ...extraEnv,
  };
  const prepare = spawnSync("npx", ["tsx", "scripts/prepare.ts"], {
    cwd: join(ROOT, "packages", "db"),
    env,
    encoding: "utf8",
  });
  if (prepare.status !== 0)
    throw new Error(`db:prepare failed:\n${prepare.stdout}\n${prepare.stderr}`);

  const server: ChildProcess = spawn("npx", ["next", "start", "--port", String(port)], {
    cwd: WEB,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  server.stdout?.on("data", (chunk) => (output += chunk));
  server.stderr?.on("data", (chunk) => (output += chunk));
  await waitUntilServing(baseUrl, server, () => output);
  return {
    baseUrl,
    dataDir,
    async stop() {
      if (server.exitCode !== null || server.pid === undefined) return;
      const exited = new Promise((resolve) => server.once("exit", resolve));
      process.kill(-server.pid, "SIGTERM");
      await exited;
    },
  };
}

async function waitUntilServing(baseUrl: string, server: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited early:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/sign-in`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer within 60 s:\n${output()}`);
}

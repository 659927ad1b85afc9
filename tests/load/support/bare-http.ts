import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { freePort, processGroupCpuMs } from "../../e2e/support/app-server.ts";

export interface BareHttpServer {
  url: string;
  /** Its CPU time so far (user + system), ms. */
  cpuMs(): number;
  stop(): Promise<void>;
}

const SCRIPT = fileURLToPath(new URL("./bare-http-server.mjs", import.meta.url));

/** A bare node:http server in a process of its own (bare-http-server.mjs), listening. */
export async function startBareHttpServer(): Promise<BareHttpServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [SCRIPT], {
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
    detached: true,
  });
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", (code) => reject(new Error(`the bare HTTP server exited (${code})`)));
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  return {
    url: `http://localhost:${port}/`,
    cpuMs: () => processGroupCpuMs(child.pid),
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

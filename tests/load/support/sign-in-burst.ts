import { freePort, type ServerProcess, serveApp, serverEnv } from "../../e2e/support/app-server.ts";
import { loggedErrors } from "./crowd-run.ts";
import { LatencyLog } from "./latency.ts";
import { LOAD_PASSWORD, seedLoadClass } from "./load-class.ts";
import { type BackendName, createLoadDatabase } from "./load-database.ts";
import { addressOf } from "./run-students.ts";
import { NoReply, StudentSession } from "./student-session.ts";

export interface SignInBurstReport {
  backend: BackendName;
  students: number;
  /** From the first request to the last reply, ms. */
  durationMs: number;
  log: LatencyLog;
  /** Replies other than 200 (and no replies), by "status" or "no reply", counted; none are retried. */
  errors: Map<string, number>;
  serverCpuMs: number;
  serverErrors: Map<string, number>;
}

/** A sign-in waits this long for its reply: the server queues password checks, as a browser waits. */
const SIGN_IN_TIMEOUT_MS = 180_000;

/**
 * A whole school signing in at the same instant: `students` sign-ins sent at
 * once to one server (its default workers), each a fresh scrypt check, none
 * retried. The server must queue them, not fail them.
 */
export async function signInBurst(options: {
  backend: BackendName;
  students: number;
  postgresAdminUrl?: string;
}): Promise<SignInBurstReport> {
  const database = await createLoadDatabase(options.backend, options.postgresAdminUrl);
  let server: ServerProcess | undefined;
  try {
    const klass = await database.withPrisma((db) => seedLoadClass(db, options.students));
    const port = await freePort();
    server = await serveApp(serverEnv(`http://localhost:${port}`, database.serverEnv), port);
    const running = server;
    const log = new LatencyLog();
    const errors = new Map<string, number>();
    const count = (key: string) => errors.set(key, (errors.get(key) ?? 0) + 1);
    const cpuAtStart = running.cpuMs();
    const started = performance.now();
    await Promise.all(
      klass.studentEmails.map(async (email, index) => {
        const session = new StudentSession(running.baseUrl, addressOf(index));
        try {
          const reply = await session.request("POST", "/api/auth/sign-in/email", {
            json: { email, password: LOAD_PASSWORD },
            timeoutMs: SIGN_IN_TIMEOUT_MS,
          });
          if (reply.status === 200) log.add("sign-in", reply.ms);
          else count(String(reply.status));
        } catch (error) {
          if (!(error instanceof NoReply)) throw error;
          count("no reply");
        }
      }),
    );
    const durationMs = performance.now() - started;
    const serverCpuMs = running.cpuMs() - cpuAtStart;
    return {
      backend: options.backend,
      students: options.students,
      durationMs,
      log,
      errors,
      serverCpuMs,
      serverErrors: loggedErrors([running.output()]),
    };
  } finally {
    await server?.stop();
    await database.drop();
  }
}

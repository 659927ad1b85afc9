import { appendFileSync } from "node:fs";
import { join } from "node:path";
import { freePort, type ServerProcess, serveApp, serverEnv } from "../../e2e/support/app-server.ts";
import { serverActionId } from "../../e2e/support/server-actions.ts";
import { type BareHttpServer, startBareHttpServer } from "./bare-http.ts";
import { type BareRun, bareInserts } from "./bare-inserts.ts";
import { type FlatOutMeasure, flatOutPhases } from "./flat-out-phases.ts";
import { classPlans, openAttemptsDirectly, plannedAnswers, seedLoadClass } from "./load-class.ts";
import { type BackendName, createLoadDatabase, POOL_SIZE } from "./load-database.ts";
import { type CrowdRun, runCrowd } from "./run-students.ts";
import type { StudentOutcome } from "./simulate-student.ts";
import { type LossReport, verifyNoLoss } from "./verify-no-loss.ts";

export interface CrowdRunOptions {
  backend: BackendName;
  students: number;
  instances: number;
  thinkMs: [number, number];
  rampMs: number;
  postgresAdminUrl?: string;
  /** Also insert the same number of rows with a bare `pg` pool into the same database (PostgreSQL). */
  withBareBaseline?: boolean;
  /** No think time, in phases (flatOutPhases): server CPU per refused request and per answer save. */
  flatOut?: boolean;
  /** QUIZDECK_WORKERS for each instance; the server's default when not given. */
  workers?: number;
}

export interface CrowdRunReport {
  options: CrowdRunOptions;
  crowd: CrowdRun;
  loss: LossReport;
  failures: string[];
  bare: BareRun | null;
  /** CPU time the app server processes used during the run (user + system), ms. */
  serverCpuMs: number;
  /** What the flat-out phases measured (flat-out runs only). */
  flatOut: FlatOutMeasure | null;
  /** The errors the servers logged, by their first line, counted. */
  serverErrors: Map<string, number>;
}

/**
 * One measured run: a fresh database with a class of `students`, `instances`
 * app servers on it, the students taking the assignment, then the check that
 * every acknowledged answer was stored exactly once.
 */
export async function crowdRun(options: CrowdRunOptions): Promise<CrowdRunReport> {
  const database = await createLoadDatabase(options.backend, options.postgresAdminUrl);
  const servers: ServerProcess[] = [];
  let bareHttp: BareHttpServer | null = null;
  try {
    const klass = await database.withPrisma((db) => seedLoadClass(db, options.students));
    const workers: Record<string, string> = options.workers
      ? { QUIZDECK_WORKERS: String(options.workers) }
      : {};
    for (let i = 0; i < options.instances; i++) {
      const port = await freePort();
      servers.push(
        await serveApp(
          serverEnv(`http://localhost:${port}`, { ...database.serverEnv, ...workers }),
          port,
        ),
      );
    }
    const cpuNow = () => servers.reduce((sum, server) => sum + server.cpuMs(), 0);
    if (options.flatOut) bareHttp = await startBareHttpServer();
    const reference = bareHttp;
    const cpuAtStart = cpuNow();
    // Filled in when the crowd starts: the phases need its count of acknowledged answers.
    const phased: { measure?: () => FlatOutMeasure } = {};
    const crowd = await runCrowd({
      plans: classPlans(klass, options.thinkMs),
      baseUrls: servers.map((server) => server.baseUrl),
      startAssignmentActionId: serverActionId("startAssignmentAction"),
      rampMs: options.rampMs,
      onProgress: progressLogger(options.students * plannedAnswers(0).length),
      ...(options.flatOut
        ? {
            phases: (acknowledged: () => number) => {
              if (!reference) throw new Error("A flat-out run needs its bare HTTP server");
              const flatOut = flatOutPhases({
                students: options.students,
                appCpuMs: cpuNow,
                bareUrl: reference.url,
                bareCpuMs: () => reference.cpuMs(),
                acknowledged,
              });
              phased.measure = flatOut.measure;
              return flatOut.phases;
            },
          }
        : {}),
    });
    const serverCpuMs = cpuNow() - cpuAtStart;
    const flatOut = phased.measure?.() ?? null;
    if (flatOut) recordPhases(options, flatOut);
    const serverErrors = loggedErrors(servers.map((server) => server.output()));
    await Promise.all(servers.splice(0).map((server) => server.stop()));
    const loss = await database.withSql((sql) => verifyNoLoss(sql, crowd.outcomes));
    const failures = crowd.outcomes.flatMap((outcome) =>
      outcome.failure ? [`${outcome.email}: ${outcome.failure}`] : [],
    );
    let bare: BareRun | null = null;
    if (options.withBareBaseline && database.target.kind === "postgres") {
      const attemptIds = await database.withPrisma((db) => openAttemptsDirectly(db, klass));
      const url = database.target.url;
      bare = await bareInserts(
        url,
        POOL_SIZE,
        attemptIds.map((attemptId, index) => ({ attemptId, answers: plannedAnswers(index) })),
      );
    }
    return { options, crowd, loss, failures, bare, serverCpuMs, flatOut, serverErrors };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await bareHttp?.stop();
    await database.drop();
  }
}

/**
 * Beside the CPU profiles (QUIZDECK_CPU_PROFILE_DIR), when each flat-out phase
 * ran, so tests/load/summarize-cpu-profile.ts can summarize one phase alone.
 */
function recordPhases(options: CrowdRunOptions, flatOut: FlatOutMeasure) {
  const dir = process.env.QUIZDECK_CPU_PROFILE_DIR;
  if (!dir) return;
  const run = `${options.backend}, ${options.instances} instance(s), ${options.students} students`;
  for (const span of flatOut.spans) {
    appendFileSync(join(dir, "phases.jsonl"), `${JSON.stringify({ run, ...span })}\n`);
  }
}

/** Errors in the servers' output, by their first line with ids and numbers blanked, counted. */
export function loggedErrors(outputs: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of outputs.join("\n").split("\n")) {
    if (!/error/i.test(line) || /^\s+at /.test(line)) continue;
    const key = line
      .trim()
      .replace(/[0-9a-f]{8}-[0-9a-f-]{27,}/gi, "<id>")
      .replace(/\d+/g, "N")
      .slice(0, 200);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Every 15 s, how far the crowd is (on stderr): a stuck run shows where it is stuck. */
function progressLogger(total: number) {
  let next = performance.now() + 15_000;
  return (acknowledged: number, outcomes: readonly StudentOutcome[]) => {
    if (performance.now() < next) return;
    next += 15_000;
    const stages = new Map<string, number>();
    for (const outcome of outcomes) stages.set(outcome.stage, (stages.get(outcome.stage) ?? 0) + 1);
    console.error(
      `  ${acknowledged}/${total} answers acknowledged; students by stage: ${JSON.stringify(Object.fromEntries(stages))}`,
    );
  };
}

import { freePort, serveApp, serverEnv } from "../../e2e/support/app-server.ts";
import { serverActionId } from "../../e2e/support/server-actions.ts";
import { interruptDatabase, restartPostgres } from "./database-outage.ts";
import { classPlans, plannedAnswers, seedLoadClass } from "./load-class.ts";
import { type BackendName, createLoadDatabase } from "./load-database.ts";
import { type CrowdRun, runCrowd } from "./run-students.ts";
import { type LossReport, verifyNoLoss } from "./verify-no-loss.ts";

export type Fault = "kill -9 the server" | "database outage" | "PostgreSQL restart";

export interface FaultRunOptions {
  backend: BackendName;
  fault: Fault;
  students: number;
  /** The fault strikes once this share of all answers has been acknowledged. */
  strikeAt: number;
  thinkMs: [number, number];
  /** How long the database stays away (database outage only). */
  outageMs?: number;
  postgresAdminUrl?: string;
}

export interface FaultRunReport {
  crowd: CrowdRun;
  loss: LossReport;
  /** Answers acknowledged when the fault struck. */
  acknowledgedAtStrike: number;
  /** From the end of the fault (server up again, database accepting connections) to the next acknowledged answer. */
  recoveryMs: number | null;
  failures: string[];
}

/**
 * Students take the assignment while the fault strikes mid-run: the server is
 * killed with SIGKILL and started again on the same port, the database drops
 * every connection for a while, or the PostgreSQL server restarts. The students retry as the quiz player does;
 * afterwards the store must hold exactly what was acknowledged.
 */
export async function faultRun(options: FaultRunOptions): Promise<FaultRunReport> {
  const database = await createLoadDatabase(options.backend, options.postgresAdminUrl);
  try {
    const klass = await database.withPrisma((db) => seedLoadClass(db, options.students));
    const port = await freePort();
    const env = serverEnv(`http://localhost:${port}`, database.serverEnv);
    let server = await serveApp(env, port);
    const total = options.students * plannedAnswers(0).length;
    let acknowledgedAtStrike = -1;
    let acknowledgedAtEnd = -1;
    let endedAt = 0;
    let recoveryMs: number | null = null;
    let fault: Promise<void> | null = null;
    const strike = async () => {
      if (options.fault === "kill -9 the server") {
        await server.crash();
        server = await serveApp(env, port);
      } else if (options.fault === "PostgreSQL restart") {
        restartPostgres();
      } else {
        if (database.target.kind !== "postgres" || !options.postgresAdminUrl)
          throw new Error("A database outage needs PostgreSQL");
        await interruptDatabase(
          options.postgresAdminUrl,
          database.target.url,
          options.outageMs ?? 3_000,
        );
      }
    };
    const crowd = await runCrowd({
      plans: classPlans(klass, options.thinkMs),
      baseUrls: [server.baseUrl],
      startAssignmentActionId: serverActionId("startAssignmentAction"),
      rampMs: 0,
      onProgress(acknowledged) {
        if (acknowledgedAtStrike < 0 && acknowledged >= total * options.strikeAt) {
          acknowledgedAtStrike = acknowledged;
          fault = strike().then(() => {
            endedAt = performance.now();
          });
        } else if (endedAt > 0 && acknowledgedAtEnd < 0) {
          acknowledgedAtEnd = acknowledged;
        } else if (
          acknowledgedAtEnd >= 0 &&
          recoveryMs === null &&
          acknowledged > acknowledgedAtEnd
        ) {
          recoveryMs = performance.now() - endedAt;
        }
      },
    });
    await fault;
    await server.stop();

    const loss = await database.withSql((sql) => verifyNoLoss(sql, crowd.outcomes));
    const failures = crowd.outcomes.flatMap((outcome) =>
      outcome.failure ? [`${outcome.email}: ${outcome.failure}`] : [],
    );
    return { crowd, loss, acknowledgedAtStrike, recoveryMs, failures };
  } finally {
    await database.drop();
  }
}

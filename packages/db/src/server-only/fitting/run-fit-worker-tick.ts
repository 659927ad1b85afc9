import type { ParameterThresholds } from "@quizdeck/core/fitting";
import type { Db } from "../../client/create-prisma-client.ts";
import { FITTING_POLICY } from "./fitting-policy.ts";
import { fitClass } from "./internal/fit-class.ts";
import {
  claimFitJob,
  failFitJob,
  finishFitJob,
  queueNightlyFits,
  queueRefits,
} from "./internal/fit-queue.ts";
import { fitStudent } from "./internal/fit-student.ts";
import { holdWorkerLease, markSwept } from "./internal/worker-lease.ts";

/** The lease the memory-fitting worker holds (see `holdWorkerLease`). */
export const FIT_WORKER_LEASE = "memory-fit";

export interface FitWorkerTickOptions {
  /** This process's name in the lease and on the jobs it claims. */
  workerId: string;
  /** The time to act at (tests fix it); now by default. */
  now?: Date;
  /** How long to keep taking jobs (wall time). */
  budgetMs?: number;
  /** From how many reviews a fit is used (the policy's by default). */
  thresholds?: ParameterThresholds;
}

export interface FitJobOutcome {
  kind: "student" | "class";
  subjectId: string;
  reason: string;
  /** Counted reviews examined; null when the student or class was gone. */
  reviews: number | null;
  fitted: boolean;
  error?: string;
}

export interface FitWorkerTick {
  /** False: another process holds the worker's lease, and this one did nothing. */
  held: boolean;
  /** The nightly sweep ran in this tick. */
  swept: boolean;
  queued: number;
  jobs: FitJobOutcome[];
}

/** Whether the nightly sweep is due: never swept, or not since today's sweep hour (UTC) passed. */
export function nightlySweepDue(sweptAt: Date | null, now: Date): boolean {
  if (!sweptAt) return true;
  const today = new Date(now);
  today.setUTCHours(FITTING_POLICY.nightlyHourUtc, 0, 0, 0);
  const lastSweepHour = now >= today ? today : new Date(today.getTime() - 24 * 60 * 60 * 1000);
  return sweptAt < lastSweepHour;
}

/**
 * One turn of the memory-fitting worker: if this process holds (or can take)
 * the worker's lease, run the nightly sweep when it is due, queue a refit for
 * every learner with enough new reviews, then take jobs one at a time (each
 * claimed in the queue, so no two workers run the same) until none is left or
 * the budget is spent. A failing job goes back for a later try; the tick goes on.
 */
export async function runFitWorkerTick(
  db: Db,
  options: FitWorkerTickOptions,
): Promise<FitWorkerTick> {
  const now = options.now ?? new Date();
  const { workerId } = options;
  const thresholds = options.thresholds ?? FITTING_POLICY.thresholds;
  const lease = await holdWorkerLease(
    db,
    FIT_WORKER_LEASE,
    workerId,
    now,
    FITTING_POLICY.workerLeaseMs,
  );
  if (!lease.held) return { held: false, swept: false, queued: 0, jobs: [] };

  let queued = 0;
  const swept = nightlySweepDue(lease.sweptAt, now);
  if (swept) {
    queued += await queueNightlyFits(db, now);
    await markSwept(db, FIT_WORKER_LEASE, workerId, now);
  }
  queued += await queueRefits(db, now);

  const jobs: FitJobOutcome[] = [];
  const deadline = performance.now() + (options.budgetMs ?? FITTING_POLICY.tickBudgetMs);
  while (performance.now() < deadline) {
    const job = await claimFitJob(db, workerId, now);
    if (!job) break;
    const kind = job.userId ? "student" : "class";
    const subjectId = (job.userId ?? job.classId) as string;
    try {
      const result =
        kind === "student"
          ? await fitStudent(db, subjectId, thresholds, now)
          : await fitClass(db, subjectId, thresholds, now);
      await finishFitJob(db, job, workerId);
      jobs.push({
        kind,
        subjectId,
        reason: job.reason,
        reviews: result?.reviews ?? null,
        fitted: result?.fitted ?? false,
      });
    } catch (error) {
      await failFitJob(db, job, workerId, error, now);
      const message = error instanceof Error ? error.message : String(error);
      jobs.push({
        kind,
        subjectId,
        reason: job.reason,
        reviews: null,
        fitted: false,
        error: message,
      });
    }
  }
  return { held: true, swept, queued, jobs };
}

import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Db } from "../../client/create-prisma-client.ts";
import { isDatabaseUnavailable } from "../../database-unavailable.ts";
import { FITTING_POLICY } from "./fitting-policy.ts";
import { releaseWorkerLease } from "./internal/worker-lease.ts";
import { FIT_WORKER_LEASE, type FitWorkerTick, runFitWorkerTick } from "./run-fit-worker-tick.ts";

export interface FitWorker {
  workerId: string;
  /** Stops after the tick under way, and gives the lease up for another process. */
  stop(): Promise<void>;
}

export interface StartFitWorkerOptions {
  /** Where the worker says what it did and what went wrong; the console by default. */
  log?: Pick<Console, "info" | "error">;
  tickIntervalMs?: number;
  firstTickDelayMs?: number;
}

/**
 * Runs the memory-fitting worker in this process, a tick every
 * `tickIntervalMs` (after the previous one ends), off every request path:
 * fsrs-rs trains on its own thread, and a tick gives way to requests between
 * students. Every app process may start one; the lease lets one work at a time.
 * The timer does not keep the process alive.
 */
export function startFitWorker(db: Db, options: StartFitWorkerOptions = {}): FitWorker {
  const log = options.log ?? console;
  const workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const interval = options.tickIntervalMs ?? FITTING_POLICY.tickIntervalMs;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = async () => {
    try {
      report(log, await runFitWorkerTick(db, { workerId }));
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        log.error("Memory fitting: the database is unavailable; trying again later.");
      } else {
        log.error("Memory fitting: a tick failed.", error);
      }
    }
  };
  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(() => schedule(interval));
    }, delay);
    timer.unref();
  };
  schedule(options.firstTickDelayMs ?? FITTING_POLICY.firstTickDelayMs);

  return {
    workerId,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      await releaseWorkerLease(db, FIT_WORKER_LEASE, workerId, new Date()).catch(() => {});
    },
  };
}

function report(log: Pick<Console, "info" | "error">, tick: FitWorkerTick) {
  const failed = tick.jobs.filter((job) => job.error);
  for (const job of failed) {
    log.error(`Memory fitting: the ${job.kind} ${job.subjectId} failed (${job.error}).`);
  }
  const done = tick.jobs.length - failed.length;
  if (done > 0) {
    const classes = tick.jobs.filter((job) => !job.error && job.kind === "class").length;
    log.info(
      `Memory fitting: ${done - classes} student(s) and ${classes} class(es) done${tick.swept ? " (nightly sweep)" : ""}.`,
    );
  }
}

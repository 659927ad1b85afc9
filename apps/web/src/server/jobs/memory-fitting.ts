import { getDb } from "@quizdeck/db";
import { type FitWorker, startFitWorker } from "@quizdeck/db/fitting-worker";

const globalForWorker = globalThis as typeof globalThis & { __quizdeckFitWorker?: FitWorker };

/**
 * Starts this process's memory-fitting worker (once, however often Next.js
 * registers): every app process runs one, and the worker lease in the
 * database lets one of them work at a time, so a single embedded-PGlite
 * process and several processes on one PostgreSQL server both fit each
 * student and class once (README, "Fitting in the background").
 */
export function startMemoryFitting(): FitWorker {
  globalForWorker.__quizdeckFitWorker ??= startFitWorker(getDb());
  return globalForWorker.__quizdeckFitWorker;
}

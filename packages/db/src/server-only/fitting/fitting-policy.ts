import { DEFAULT_PARAMETER_THRESHOLDS } from "@quizdeck/core/fitting";

/** The product rules of fitting the memory model to learners, in one place. */
export const FITTING_POLICY = {
  /** A student is refitted after this many new reviews, and each night after any. */
  refitAfterReviews: 200,
  /**
   * From how many reviews a student's own fit, else a class's pooled fit, is
   * used, and fitted at all (fewer would not be used): docs/benchmarks.md.
   */
  thresholds: DEFAULT_PARAMETER_THRESHOLDS,
  /** The nightly sweep runs at the first tick after this hour (UTC) each day. */
  nightlyHourUtc: 3,
  /** How often the worker looks for work, and how long after start-up it first does. */
  tickIntervalMs: 30_000,
  firstTickDelayMs: 3_000,
  /** How long one tick keeps taking jobs before it leaves the rest to the next. */
  tickBudgetMs: 20_000,
  /** The worker's lease: renewed every tick; another process takes over once it lapses. */
  workerLeaseMs: 120_000,
  /** A claimed job's lease: another worker takes the job again after it (its worker died). */
  jobLeaseMs: 10 * 60_000,
  /** A failing job is tried this many times, this far apart, then left to the next sweep. */
  maxAttempts: 3,
  retryDelayMs: 15 * 60_000,
  /** The teacher's calibration view: bins of predicted recall from `low` to 1 (lower ones join the first). */
  calibration: { bins: 6, low: 0.4 },
} as const;

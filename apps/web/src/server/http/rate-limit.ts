import "server-only";
import { getDb } from "@quizdeck/db";
import {
  consumeBackoffAttempt,
  consumeRateLimit,
  pruneRateLimits,
  resetBackoff,
} from "@quizdeck/db/rate-limit";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { RequestError } from "../errors/request-error";
import {
  FAILURE_BACKOFFS,
  type FailureBackoffName,
  RATE_LIMIT_RETENTION_SECONDS,
  RATE_LIMITS,
  type RateLimitName,
} from "../policy/rate-limits";

const memoryLimiters = new Map<RateLimitName, RateLimiterMemory>();

function memoryLimiter(name: RateLimitName): RateLimiterMemory {
  let limiter = memoryLimiters.get(name);
  if (!limiter) {
    const rule = RATE_LIMITS[name];
    limiter = new RateLimiterMemory({ points: rule.max, duration: rule.windowSeconds });
    memoryLimiters.set(name, limiter);
  }
  return limiter;
}

function refusal(message: string, retryAfterSeconds: number): RequestError {
  return new RequestError(
    "RATE_LIMITED",
    message.replace("{seconds}", String(retryAfterSeconds)),
    retryAfterSeconds,
  );
}

/**
 * Counts one request against the named limit for `subject` (a user id, an
 * address or an account), throwing RATE_LIMITED with the wait when it is used up.
 */
export async function enforceRateLimit(
  name: RateLimitName,
  subject: string,
  message = "Too many requests. Try again in a moment.",
): Promise<void> {
  const rule = RATE_LIMITS[name];
  const retryAfterSeconds =
    rule.store === "memory"
      ? await consumeInMemory(name, subject)
      : await consumeInDatabase(name, subject, rule);
  if (retryAfterSeconds !== null) throw refusal(message, retryAfterSeconds);
}

/**
 * Counts one try against the named backoff for `subject` before it is made,
 * throwing RATE_LIMITED with the wait while the backoff runs. Call
 * `clearBackoff` when the try succeeds.
 */
export async function enforceBackoff(
  name: FailureBackoffName,
  subject: string,
  message: string,
): Promise<void> {
  const verdict = await consumeBackoffAttempt(
    getDb(),
    `${name}:${subject}`,
    FAILURE_BACKOFFS[name],
  );
  pruneNowAndThen();
  if (!verdict.allowed) throw refusal(message, verdict.retryAfterSeconds);
}

export async function clearBackoff(name: FailureBackoffName, subject: string): Promise<void> {
  await resetBackoff(getDb(), `${name}:${subject}`);
}

async function consumeInMemory(name: RateLimitName, subject: string): Promise<number | null> {
  try {
    await memoryLimiter(name).consume(subject);
    return null;
  } catch (refused) {
    if (refused instanceof RateLimiterRes)
      return Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
    throw refused;
  }
}

async function consumeInDatabase(
  name: RateLimitName,
  subject: string,
  rule: { windowSeconds: number; max: number },
): Promise<number | null> {
  const verdict = await consumeRateLimit(getDb(), `${name}:${subject}`, rule);
  pruneNowAndThen();
  return verdict.allowed ? null : verdict.retryAfterSeconds;
}

const PRUNE_EVERY_MS = 10 * 60 * 1000;
let lastPrunedAt = 0;

/**
 * Deletes expired counters at most every ten minutes per process, in the
 * background of a request that used the table: the table stays as small as
 * the traffic of the last hour without a scheduler.
 */
function pruneNowAndThen(): void {
  const now = Date.now();
  if (now - lastPrunedAt < PRUNE_EVERY_MS) return;
  lastPrunedAt = now;
  pruneRateLimits(getDb(), { olderThanSeconds: RATE_LIMIT_RETENTION_SECONDS }).catch((error) => {
    console.error("Pruning the rate_limit table failed (it is tried again later):", error);
  });
}

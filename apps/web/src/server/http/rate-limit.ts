import "server-only";
import { getDb } from "@quizdeck/db";
import { consumeRateLimit } from "@quizdeck/db/rate-limit";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { RequestError } from "../errors/request-error";
import { RATE_LIMITS, type RateLimitName } from "../policy/rate-limits";

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
  if (retryAfterSeconds !== null) {
    throw new RequestError(
      "RATE_LIMITED",
      message.replace("{seconds}", String(retryAfterSeconds)),
      retryAfterSeconds,
    );
  }
}

async function consumeInMemory(name: RateLimitName, subject: string): Promise<number | null> {
  try {
    await memoryLimiter(name).consume(subject);
    return null;
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes)
      return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
    throw refusal;
  }
}

async function consumeInDatabase(
  name: RateLimitName,
  subject: string,
  rule: { windowSeconds: number; max: number },
): Promise<number | null> {
  const verdict = await consumeRateLimit(getDb(), `${name}:${subject}`, rule);
  return verdict.allowed ? null : verdict.retryAfterSeconds;
}

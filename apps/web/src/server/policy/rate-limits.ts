/**
 * Every rate limit, by name: what it counts per (signed-in user, client
 * address or account), how many per window, and where the count lives.
 * "database" limits hold across app instances (the ones that guard accounts);
 * "memory" limits are per process and cost no query (the ones on the answer
 * path, which only stop a runaway client). Addresses are what
 * lib/client-ip.ts makes of the TCP peer and the trusted proxies.
 */
export const RATE_LIMITS = {
  "answer-save": { per: "user", store: "memory", windowSeconds: 60, max: 1200 },
  "attempt-submit": { per: "user", store: "memory", windowSeconds: 60, max: 120 },
  "flashcard-review": { per: "user", store: "memory", windowSeconds: 60, max: 1200 },
  "flashcard-queue": { per: "user", store: "memory", windowSeconds: 60, max: 600 },
  download: { per: "user", store: "memory", windowSeconds: 60, max: 60 },
  "invite-create": { per: "user", store: "memory", windowSeconds: 3600, max: 30 },
  // Reading a file to import, or a source's text, costs up to a second or so of parsing
  // and keeps a row each time.
  "library-import": { per: "user", store: "memory", windowSeconds: 60, max: 20 },
  "library-source": { per: "user", store: "memory", windowSeconds: 60, max: 20 },
  // A source's text for the question editor, asked for each time the teacher picks one.
  "source-text": { per: "user", store: "memory", windowSeconds: 60, max: 120 },
  // Sign-in tries from one address, right or wrong, by the form and by the API.
  "sign-in-address": { per: "address", store: "database", windowSeconds: 60, max: 10 },
  "sign-up-address": { per: "address", store: "database", windowSeconds: 3600, max: 20 },
  // Every other Better Auth endpoint (session, sign-out, update-user, change-password).
  "auth-address": { per: "address", store: "memory", windowSeconds: 60, max: 120 },
} as const satisfies Record<string, RateLimitRule>;

/**
 * Exponential backoff on tries that can be wrong (ASVS V2.2.1: slow guessing
 * without locking the owner out). The first `freeAttempts` go at once; then
 * each try waits twice as long after the previous one, from
 * `baseDelaySeconds` to `maxDelaySeconds`. A success starts the count again,
 * and so do `forgetAfterSeconds` without a try. Counted in the database.
 */
export const FAILURE_BACKOFFS = {
  // Per account (the email typed, whether or not it exists), whatever the address:
  // waits 1, 2, 4 … 32, then 60 s; at most about 70 guesses an hour; the owner waits a minute at worst.
  "sign-in-account": {
    per: "account",
    freeAttempts: 5,
    baseDelaySeconds: 1,
    maxDelaySeconds: 60,
    forgetAfterSeconds: 15 * 60,
  },
  // Per student: waits 2, 4 … 512, then 600 s; a typo or two costs nothing.
  "join-code": {
    per: "user",
    freeAttempts: 5,
    baseDelaySeconds: 2,
    maxDelaySeconds: 600,
    forgetAfterSeconds: 60 * 60,
  },
} as const satisfies Record<string, FailureBackoffRule>;

/** How long a stored counter can still matter: older rows are pruned. */
export const RATE_LIMIT_RETENTION_SECONDS = Math.max(
  ...Object.values(RATE_LIMITS).map((rule) => rule.windowSeconds),
  ...Object.values(FAILURE_BACKOFFS).map((rule) => rule.forgetAfterSeconds),
);

export interface RateLimitRule {
  per: "user" | "address" | "account";
  store: "memory" | "database";
  windowSeconds: number;
  max: number;
}

export interface FailureBackoffRule {
  per: "user" | "account";
  freeAttempts: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  forgetAfterSeconds: number;
}

export type RateLimitName = keyof typeof RATE_LIMITS;
export type FailureBackoffName = keyof typeof FAILURE_BACKOFFS;

/**
 * Every rate limit, by name: what it counts per (signed-in user, client
 * address or account), how many per window, and where the count lives.
 * "database" limits hold across app instances (the ones that guard accounts);
 * "memory" limits are per process and cost no query (the ones on the answer
 * path, which only stop a runaway client).
 */
export const RATE_LIMITS = {
  "answer-save": { per: "user", store: "memory", windowSeconds: 60, max: 1200 },
  "attempt-submit": { per: "user", store: "memory", windowSeconds: 60, max: 120 },
  "flashcard-review": { per: "user", store: "memory", windowSeconds: 60, max: 1200 },
  "flashcard-queue": { per: "user", store: "memory", windowSeconds: 60, max: 600 },
  download: { per: "user", store: "memory", windowSeconds: 60, max: 60 },
  "sign-in-address": { per: "address", store: "database", windowSeconds: 60, max: 10 },
  // Short, so an attacker cannot keep a real user locked out for long.
  "sign-in-account": { per: "account", store: "database", windowSeconds: 300, max: 10 },
  "sign-up-address": { per: "address", store: "database", windowSeconds: 3600, max: 20 },
} as const satisfies Record<string, RateLimitRule>;

export interface RateLimitRule {
  per: "user" | "address" | "account";
  store: "memory" | "database";
  windowSeconds: number;
  max: number;
}

export type RateLimitName = keyof typeof RATE_LIMITS;

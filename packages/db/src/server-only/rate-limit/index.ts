// The public surface of the rate-limit domain: its use cases, their option and result types, its policy.
export * from "./consume-backoff-attempt.ts";
export * from "./consume-rate-limit.ts";
export * from "./prune-rate-limits.ts";

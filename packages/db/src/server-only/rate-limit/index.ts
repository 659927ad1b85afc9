// The public surface of the rate-limit domain: its use cases, their option and result types, its policy.
export * from "./consume-rate-limit.ts";

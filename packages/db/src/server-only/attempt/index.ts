// The public surface of the attempt domain: its use cases, their option and result types, its policy.
export * from "./attempt-policy.ts";
export * from "./get-attempt.ts";
export * from "./list-recent-attempts.ts";
export * from "./record-response.ts";
export * from "./retry-missed.ts";
export * from "./start-attempt.ts";
export * from "./start-practice.ts";
export * from "./submit-attempt.ts";

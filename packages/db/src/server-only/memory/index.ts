// The public surface of the memory domain: its use cases, their option and result types, its policy.
export * from "./get-due-queue.ts";
export * from "./get-memory-model.ts";
export * from "./get-workload-forecast.ts";
export * from "./list-retention-goals.ts";
export * from "./memory-policy.ts";
export * from "./memory-snapshot.ts";
export * from "./review-card.ts";
export * from "./set-desired-retention.ts";
export * from "./undo-review.ts";

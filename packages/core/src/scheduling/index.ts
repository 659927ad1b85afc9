export * from "./format-interval.ts";
export * from "./memory-model.ts";
export * from "./memory-snapshot.ts";
export * from "./rating-from-quiz-score.ts";
export * from "./scheduler.ts";
export * from "./seeded-fuzz.ts";

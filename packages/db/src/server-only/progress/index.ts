// The public surface of the progress domain: its use cases, their option and result types, its policy.
export * from "./get-active-days.ts";
export * from "./get-class-memories.ts";
export * from "./get-paragraph-accuracy.ts";
export * from "./get-progress-series.ts";
export * from "./get-topic-mastery.ts";
export * from "./list-answer-history.ts";
export * from "./list-review-history.ts";
export * from "./progress-policy.ts";

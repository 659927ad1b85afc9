export * from "./learner-day.ts";
export * from "./zoned-day.ts";

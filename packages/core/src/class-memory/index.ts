export * from "./class-recall.ts";
export * from "./class-roster.ts";
export * from "./retention-goal.ts";
export * from "./studied-recall.ts";

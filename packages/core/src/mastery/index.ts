export * from "./item-mastery.ts";
export * from "./topic-mastery.ts";

export * from "./topic-mastery.ts";

export * from "./study-streak.ts";

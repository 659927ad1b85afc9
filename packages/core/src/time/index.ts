export * from "./zoned-day.ts";

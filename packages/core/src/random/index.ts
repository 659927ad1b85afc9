export * from "./seeded-shuffle.ts";

export * from "./draw-pools.ts";
export * from "./seeded-shuffle.ts";

export * from "./workload-forecast.ts";

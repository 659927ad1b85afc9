/**
 * The only entry that loads fsrs-rs's native binding: for background jobs and
 * benchmarks, never for a request path (the web app imports the pure parts from
 * `@quizdeck/core/fitting`).
 */
export * from "./evaluate-weights.ts";
export * from "./fit-weights.ts";
export * from "./training-items.ts";

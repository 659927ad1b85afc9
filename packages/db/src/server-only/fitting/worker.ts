// The memory-fitting worker, for the app server's background process only: it
// loads fsrs-rs's native optimizer (`@quizdeck/core/optimizer`), which no page
// or route may (apps/web/test/boundary.test.ts). Pages read its results through
// `@quizdeck/db/fitting` and `@quizdeck/db/memory`.
export * from "./run-fit-worker-tick.ts";
export * from "./start-fit-worker.ts";

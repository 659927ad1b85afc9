// The public surface of the fitting domain: what pages read of the fitted memory
// models, and its policy. The worker that fits them is `@quizdeck/db/fitting-worker`.
export * from "./fitting-policy.ts";
export * from "./get-class-model-report.ts";

export * from "./release-policy.ts";
export * from "./student-terms.ts";

// The public surface of the gradebook domain: its use cases, their option and result types, its policy.
export * from "./get-class-gradebook.ts";

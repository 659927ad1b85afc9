// The public surface of the content domain: its use cases, their option and result types, its policy.
export * from "./load-bank.ts";

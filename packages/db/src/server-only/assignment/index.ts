// The public surface of the assignment domain: its use cases, their option and result types, its policy.
export * from "./create-assignment.ts";
export * from "./get-assignment-results.ts";
export * from "./get-student-assignment.ts";
export * from "./list-accommodations.ts";
export * from "./list-student-assignments.ts";
export * from "./set-accommodation.ts";
export * from "./set-assignment-closed.ts";
export * from "./update-assignment.ts";

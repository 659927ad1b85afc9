// The public surface of the class domain: its use cases, their option and result types, its policy.
export * from "./create-class.ts";
export * from "./find-own-class-by-join-code.ts";
export * from "./get-class-student.ts";
export * from "./get-teacher-class.ts";
export * from "./join-class.ts";
export * from "./list-student-classes.ts";
export * from "./list-teacher-classes.ts";
export * from "./rotate-join-code.ts";
export * from "./set-student-removed.ts";
export * from "./update-class.ts";

// The public surface of the library domain: its use cases, their option and result types, its policy.
export * from "./create-library-set.ts";
export * from "./create-source.ts";
export * from "./duplicate-library-set.ts";
export * from "./export-library-set.ts";
export * from "./get-library-import.ts";
export * from "./get-library-item.ts";
export * from "./get-library-set.ts";
export * from "./get-source.ts";
export * from "./library-policy.ts";
export * from "./list-library-items.ts";
export * from "./list-library-sets.ts";
export * from "./list-sources.ts";
export * from "./read-import-file.ts";
export * from "./save-library-import.ts";
export * from "./save-library-item.ts";
export * from "./update-library-set.ts";

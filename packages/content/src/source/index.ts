export { parseSource, type SourceDetails, SourceError } from "./parse-source.ts";
export * from "./source-format.ts";

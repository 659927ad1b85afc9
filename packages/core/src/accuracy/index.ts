export * from "./accuracy-band.ts";
export * from "./paragraph-accuracy.ts";
export * from "./paragraph-coverage.ts";

import { defineConfig } from "vitest/config";

// One entry point for `npx vitest` at the root (watch mode across the repo);
// `npm test` goes through turbo, which runs each project's own `vitest run`.
export default defineConfig({
  test: {
    projects: ["apps/*", "packages/*", "tests"],
  },
});

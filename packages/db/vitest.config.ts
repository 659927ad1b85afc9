import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "db",
    include: ["test/**/*.test.ts"],
    // Each file opens its own databases; a hung driver fails the test instead of the run.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ["test/support/announce-backends.ts"],
  },
});

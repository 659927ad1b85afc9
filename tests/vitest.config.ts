import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "tests",
    include: ["cross-package/**/*.test.ts", "e2e/**/*.e2e.test.ts"],
    globalSetup: ["e2e/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // One browser at a time on a 2-core machine; the app server is shared.
    fileParallelism: false,
  },
});

import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

export default defineProject({
  resolve: {
    alias: {
      "@/": fileURLToPath(new URL("./src/", import.meta.url)),
      // The real module throws outside React Server Components; tests run plain Node.
      "server-only": fileURLToPath(new URL("./test/server-only-stub.ts", import.meta.url)),
    },
  },
  // Next.js compiles JSX itself (tsconfig "jsx": "preserve"); component tests need it compiled here.
  oxc: { jsx: { runtime: "automatic" } },
  test: {
    name: "web",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
  },
});

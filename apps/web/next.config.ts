import type { NextConfig } from "next";

const config: NextConfig = {
  // The workspace packages are TypeScript source; Next compiles them with the app.
  transpilePackages: ["@quizdeck/content", "@quizdeck/core", "@quizdeck/db"],
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  // Lets several builds of one checkout coexist (parallel test servers).
  distDir: process.env.QUIZDECK_NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // forbidden(): someone else's attempt answers 403 with a helpful page, not 200.
  experimental: { authInterrupts: true },
};

export default config;

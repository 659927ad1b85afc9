import type { NextConfig } from "next";
import { contentSecurityPolicy, STATIC_SECURITY_HEADERS } from "./src/lib/security/headers";

const config: NextConfig = {
  // The workspace packages are TypeScript source; Next compiles them with the app.
  transpilePackages: ["@quizdeck/content", "@quizdeck/core", "@quizdeck/db"],
  // PGlite loads its WebAssembly and data files from its own package folder at run time;
  // fsrs-rs's optimizer (the background worker's only) is a native addon.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@open-spaced-repetition/binding",
  ],
  // Lets several builds of one checkout coexist (parallel test servers).
  distDir: process.env.QUIZDECK_NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Every response, static files included. The proxy replaces this nonce-less
  // CSP with one carrying the request's nonce on every page and server action (API routes
  // answer JSON and keep this one).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          ...STATIC_SECURITY_HEADERS,
          { key: "Content-Security-Policy", value: contentSecurityPolicy() },
        ],
      },
    ];
  },
  reactStrictMode: true,
  // Every visitor gets the page's <title> in the first HTML, not streamed in later: a screen
  // reader announces it on load, and axe found pages checked before a streamed title arrived.
  htmlLimitedBots: /.*/,
  typedRoutes: false,
  // forbidden(): a page closed to this role, or to a student removed from its class, answers 403.
  experimental: { authInterrupts: true },
};

export default config;

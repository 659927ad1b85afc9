import type { NextConfig } from "next";

/**
 * Sent with every response. Everything the app loads is its own: no CDN, no
 * web font, no analytics. Next.js still needs inline scripts and styles for
 * its bootstrap, so those stay allowed; nothing else is.
 */
const SECURITY_HEADERS = [
  {
    key: "Content-Security-Policy",
    value: [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join("; "),
  },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const config: NextConfig = {
  // The workspace packages are TypeScript source; Next compiles them with the app.
  transpilePackages: ["@quizdeck/content", "@quizdeck/core", "@quizdeck/db"],
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  // Lets several builds of one checkout coexist (parallel test servers).
  distDir: process.env.QUIZDECK_NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
  reactStrictMode: true,
  typedRoutes: false,
  // forbidden(): someone else's attempt answers 403 with a helpful page, not 200.
  experimental: { authInterrupts: true },
};

export default config;

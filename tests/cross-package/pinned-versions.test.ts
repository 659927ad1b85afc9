import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * Next.js and React are pinned to exact versions, each at or above the first
 * release that fixes every React Server Components / Next.js advisory below.
 * Advisories name the first fixed release on each minor line; a line they do
 * not name is fixed only if it is newer than every line they name (it was cut
 * after the fix). Add a row when a new advisory comes out.
 */

interface Advisory {
  ids: string[];
  fixedIn: string[];
}

/**
 * react-server-dom-{webpack,turbopack,parcel}; react and react-dom are
 * released with them. `published`: the day the fixed releases came out.
 */
const REACT_ADVISORIES: (Advisory & { published: string })[] = [
  {
    ids: ["CVE-2025-55182", "GHSA-fv66-9v8q-g76r"],
    fixedIn: ["19.0.1", "19.1.2", "19.2.1"],
    published: "2025-12-03",
  },
  {
    ids: ["CVE-2025-55183", "CVE-2025-55184", "CVE-2025-67779"],
    fixedIn: ["19.0.3", "19.1.4", "19.2.3"],
    published: "2025-12-11",
  },
  { ids: ["CVE-2026-23864"], fixedIn: ["19.0.4", "19.1.5", "19.2.4"], published: "2026-01-26" },
  { ids: ["CVE-2026-23869"], fixedIn: ["19.0.5", "19.1.6", "19.2.5"], published: "2026-04-08" },
  { ids: ["CVE-2026-23870"], fixedIn: ["19.0.6", "19.1.7", "19.2.6"], published: "2026-05-06" },
  { ids: ["CVE-2026-44907", "GHSA-wx67-qw84-cm4g"], fixedIn: ["19.2.8"], published: "2026-07-21" },
  {
    ids: ["CVE-2026-126187", "GHSA-xqc2-xf4c-x3h3"],
    fixedIn: ["19.0.9", "19.1.10", "19.2.9", "19.3.1"],
    published: "2026-10-14",
  },
];

const NEXT_ADVISORIES: Advisory[] = [
  { ids: ["CVE-2025-66478"], fixedIn: ["16.0.7"] },
  { ids: ["CVE-2025-55183", "CVE-2025-55184", "CVE-2025-67779"], fixedIn: ["16.0.10"] },
  { ids: ["CVE-2026-23864"], fixedIn: ["16.0.11", "16.1.5"] },
  {
    ids: ["CVE-2026-27977", "CVE-2026-27978", "CVE-2026-27979", "CVE-2026-27980", "CVE-2026-29057"],
    fixedIn: ["16.1.7"],
  },
  { ids: ["CVE-2026-23869"], fixedIn: ["16.2.3"] },
  {
    ids: [
      "CVE-2026-23870",
      "CVE-2026-44572",
      "CVE-2026-44573",
      "CVE-2026-44575",
      "CVE-2026-44576",
      "CVE-2026-44577",
      "CVE-2026-44578",
      "CVE-2026-44582",
    ],
    fixedIn: ["16.2.5"],
  },
  { ids: ["CVE-2026-45109"], fixedIn: ["16.2.6"] },
  { ids: ["CVE-2026-64642", "CVE-2026-64647"], fixedIn: ["16.2.11"] },
  {
    ids: ["CVE-2026-94483", "CVE-2026-94484", "CVE-2026-94485", "CVE-2026-94543", "CVE-2026-94544"],
    fixedIn: ["16.3.8"],
  },
  { ids: ["CVE-2026-126187", "GHSA-xqc2-xf4c-x3h3"], fixedIn: ["16.4.1"] },
];

/**
 * Better Auth core (the `better-auth` package) advisories published 2025-2026,
 * from its GitHub advisories and its June 2026 security update, with the first
 * release that fixes each. Most are in plugins this app does not enable (API
 * keys, two-factor, OIDC/MCP, device flow, organizations, social sign-in); the
 * floor is kept anyway so enabling one later cannot bring a known hole back.
 * Advisories of scoped packages (@better-auth/sso, /scim, /oauth-provider) are
 * not listed: the app does not install them.
 */
const BETTER_AUTH_ADVISORIES: Advisory[] = [
  // Unauthenticated API-key creation for any user (api-key plugin).
  { ids: ["CVE-2025-61928"], fixedIn: ["1.3.26"] },
  // An external request could set the base path when baseURL is unset (every route 404).
  { ids: ["GHSA-569q-mpph-wgww", "CVE-2025-71401"], fixedIn: ["1.4.2"] },
  // Two-factor bypass through session.cookieCache.
  { ids: ["GHSA-xg6x-h9c9-2m83"], fixedIn: ["1.4.9"] },
  // The rate limiter keyed IPv6 addresses individually (prefix rotation, textual aliases).
  { ids: ["GHSA-p6v2-xcpg-h6xw", "CVE-2026-45364"], fixedIn: ["1.4.17", "1.5.0-beta.9"] },
  // OAuth account linking ownership; session cleanup after user deletion; organization
  // invitations; device-flow owner binding; OAuth code redemption; OIDC/MCP refresh
  // tokens and protocol defaults.
  {
    ids: [
      "GHSA-g38m-r43w-p2q7",
      "GHSA-2vg6-77g8-24mp",
      "GHSA-fmh4-wcc4-5jm3",
      "GHSA-cq3f-vc6p-68fh",
      "CVE-2026-45337",
      "GHSA-7w99-5wm4-3g79",
      "GHSA-pw9m-5jxm-xr6h",
      "GHSA-9h47-pqcx-hjr4",
    ],
    fixedIn: ["1.6.11"],
  },
  // OIDC/MCP redirect URI validation (javascript: URIs).
  { ids: ["GHSA-86j7-9j95-vpqj"], fixedIn: ["1.6.13", "1.7.0-beta.4"] },
  // Pre-account hijacking on magic-link and email-OTP sign-in.
  { ids: ["GHSA-qq9h-g4jm-xgf3"], fixedIn: ["1.6.22"] },
];

interface Version {
  major: number;
  minor: number;
  patch: number;
  prerelease: string | undefined;
}

function parseVersion(text: string): Version {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/.exec(text);
  if (!match) throw new Error(`not an exact version: ${text}`);
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3]),
    prerelease: match[4],
  };
}

/** Negative, zero or positive as a is older than, the same as or newer than b (semver order). */
function compareVersions(a: Version, b: Version): number {
  const byNumber = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (byNumber !== 0) return byNumber;
  // A prerelease comes before its release; two prereleases of one release are not compared here.
  return (a.prerelease === undefined ? 1 : 0) - (b.prerelease === undefined ? 1 : 0);
}

function isFixed(installed: string, advisory: Advisory): boolean {
  const version = parseVersion(installed);
  const fixes = advisory.fixedIn.map(parseVersion);
  const sameLine = fixes.find((fix) => fix.major === version.major && fix.minor === version.minor);
  if (sameLine) return compareVersions(version, sameLine) >= 0;
  return fixes.every(
    (fix) =>
      version.major > fix.major || (version.major === fix.major && version.minor > fix.minor),
  );
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** Resolves packages as the web app does. */
const requireFromWeb = createRequire(join(ROOT, "apps", "web", "package.json"));

/** The version the web app gets, read from the package's own package.json (not always exported). */
function installedVersion(name: string): string {
  let dir = dirname(requireFromWeb.resolve(name));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      const parsed = JSON.parse(readFileSync(manifest, "utf8")) as {
        name?: string;
        version: string;
      };
      if (parsed.name === name) return parsed.version;
    }
    if (dirname(dir) === dir) throw new Error(`no package.json of ${name} above its entry point`);
    dir = dirname(dir);
  }
}

type Manifest = { dependencies: Record<string, string> };
const readManifest = (...path: string[]) =>
  JSON.parse(readFileSync(join(ROOT, ...path, "package.json"), "utf8")) as Manifest;
const webManifest = readManifest("apps", "web");
const dbManifest = readManifest("packages", "db");

describe("the advisory check", () => {
  const rce = REACT_ADVISORIES[0] as Advisory;
  const latest = NEXT_ADVISORIES.at(-1) as Advisory;

  it("refuses a version before the fix on its line, and accepts the fix and later", () => {
    expect(isFixed("19.2.0", rce)).toBe(false);
    expect(isFixed("19.2.1", rce)).toBe(true);
    expect(isFixed("19.2.9", rce)).toBe(true);
    expect(isFixed("16.4.0", latest)).toBe(false);
    expect(isFixed("16.4.1", latest)).toBe(true);
  });

  it("accepts a newer line than the advisory names, but not an older or skipped one", () => {
    expect(isFixed("19.3.0", rce)).toBe(true);
    expect(isFixed("18.3.1", rce)).toBe(false);
    expect(isFixed("16.3.8", latest)).toBe(false);
    expect(isFixed("16.0.9", { ids: [], fixedIn: ["16.1.7"] })).toBe(false);
  });

  it("puts a prerelease before its release", () => {
    expect(isFixed("19.3.1-canary-0000000-20261201", { ids: [], fixedIn: ["19.3.1"] })).toBe(false);
  });
});

describe("pinned Next.js and React", () => {
  it.each(["next", "react", "react-dom"])(
    "%s is pinned to an exact version, the one installed",
    (name) => {
      const specifier = webManifest.dependencies[name] ?? "";
      expect(specifier).toMatch(/^\d+\.\d+\.\d+$/);
      expect(installedVersion(name)).toBe(specifier);
    },
  );

  it.each(NEXT_ADVISORIES.map((advisory) => [advisory.ids.join(", "), advisory] as const))(
    "next is fixed for %s",
    (_ids, advisory) => {
      expect(isFixed(installedVersion("next"), advisory), advisory.fixedIn.join(" / ")).toBe(true);
    },
  );

  it.each(
    ["react", "react-dom"].flatMap((name) =>
      REACT_ADVISORIES.map((advisory) => [name, advisory.ids.join(", "), advisory] as const),
    ),
  )("%s is fixed for %s", (name, _ids, advisory) => {
    expect(isFixed(installedVersion(name), advisory), advisory.fixedIn.join(" / ")).toBe(true);
  });
});

describe("pinned Better Auth", () => {
  it.each([
    ["apps/web", webManifest],
    ["packages/db", dbManifest],
  ] as const)(
    "better-auth is pinned in %s to an exact version, the one installed",
    (_where, manifest) => {
      const specifier = manifest.dependencies["better-auth"] ?? "";
      expect(specifier).toMatch(/^\d+\.\d+\.\d+$/);
      expect(installedVersion("better-auth")).toBe(specifier);
    },
  );

  it.each(BETTER_AUTH_ADVISORIES.map((advisory) => [advisory.ids.join(", "), advisory] as const))(
    "better-auth is fixed for %s",
    (_ids, advisory) => {
      expect(isFixed(installedVersion("better-auth"), advisory), advisory.fixedIn.join(" / ")).toBe(
        true,
      );
    },
  );
});

/**
 * The App Router runs on the React that Next.js bundles, not on the react
 * package: the react-server-dom-* copies in next/dist/compiled. They are
 * canary (and experimental) builds, versioned in their peerDependencies only,
 * by the day they were built: a build from the day of an advisory's fix on has
 * the fix. An older one must have the fix's code, because Next.js patches its
 * copies in place without changing their version: next 16.4.0 and 16.4.6 both
 * bundle "19.3.0-canary-278794d7-20261002", and only 16.4.6 has the fix for
 * CVE-2026-126187 (it refuses to transport a detached buffer).
 */
const FIX_IN_CODE: Record<string, string> = {
  "CVE-2026-126187": "Cannot transport a detached buffer",
};

/** "2026-10-02" for "19.3.0-canary-278794d7-20261002" (or an experimental build); else undefined. */
function buildDay(version: string): string | undefined {
  const day = /-(?:canary|experimental)-[0-9a-f]+-(\d{4})(\d{2})(\d{2})$/.exec(version);
  return day ? `${day[1]}-${day[2]}-${day[3]}` : undefined;
}

describe("the React Server Components that Next.js bundles", () => {
  const compiled = join(dirname(requireFromWeb.resolve("next/package.json")), "dist", "compiled");
  const copies = [
    "react-server-dom-webpack",
    "react-server-dom-turbopack",
    "react-server-dom-webpack-experimental",
    "react-server-dom-turbopack-experimental",
  ];

  it.each(
    copies.flatMap((copy) =>
      REACT_ADVISORIES.map((advisory) => [copy, advisory.ids.join(", "), advisory] as const),
    ),
  )("%s is fixed for %s", (copy, _ids, advisory) => {
    const manifest = JSON.parse(readFileSync(join(compiled, copy, "package.json"), "utf8")) as {
      peerDependencies: { react: string };
    };
    const version = manifest.peerDependencies.react;
    const built = buildDay(version);
    if (built ? built >= advisory.published : isFixed(version, advisory)) return;
    const marker = advisory.ids.map((id) => FIX_IN_CODE[id]).find(Boolean);
    expect(marker, `${copy} ${version} predates ${advisory.ids.join(", ")}`).toBeDefined();
    const bundler = copy.replace(/^react-server-dom-|-experimental$/g, "");
    const server = readFileSync(
      join(compiled, copy, "cjs", `react-server-dom-${bundler}-server.node.production.js`),
      "utf8",
    );
    expect(server, `${copy} ${version} lacks the fix`).toContain(marker);
  });
});

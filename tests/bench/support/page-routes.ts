import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

/**
 * Every page route of the app, as Next.js would print it (/attempts/[attemptId]),
 * read from the page files under apps/web/src/app; route groups like (auth)
 * are left out of the path, as they are of the URL.
 */
export function pageRoutes(appDir: string): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(appDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/^page\.(tsx|ts|jsx|js)$/.test(entry.name)) continue;
    const segments = relative(appDir, entry.parentPath)
      .split(sep)
      .filter((segment) => segment !== "" && !/^\(.*\)$/.test(segment));
    routes.push(`/${segments.join("/")}`);
  }
  return routes.sort();
}

export const APP_DIR = join(import.meta.dirname, "..", "..", "..", "apps", "web", "src", "app");

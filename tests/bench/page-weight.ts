import type { Browser, BrowserContextOptions } from "playwright-core";
import { type FirstLoad, weighFirstLoadJs } from "../e2e/support/first-load-js.ts";
import type { LibraryFixture } from "../e2e/support/library-fixture.ts";
import type { DemoIds } from "./support/demo-ids.ts";
import { APP_DIR, pageRoutes } from "./support/page-routes.ts";

export type Visitor = "anonymous" | "student" | "teacher";

export interface PageWeight {
  route: string;
  visitor: Visitor;
  /** What was loaded, with the demo ids filled in. */
  path: string;
  load: FirstLoad;
}

/** The ids the pages are opened with: the demo's, one attempt, and a teacher's library objects. */
export type BenchIds = DemoIds & LibraryFixture & { attemptId: string };

interface RouteCase {
  visitor: Visitor;
  path: (ids: BenchIds) => string;
}

/** Who opens each page route, and with which ids: a visitor the page is meant for. */
const ROUTES: Record<string, RouteCase> = {
  "/": { visitor: "anonymous", path: () => "/" },
  "/sign-in": { visitor: "anonymous", path: () => "/sign-in" },
  "/sign-up": { visitor: "anonymous", path: () => "/sign-up" },
  "/article": { visitor: "student", path: () => "/article" },
  "/home": { visitor: "student", path: () => "/home" },
  "/practice": { visitor: "student", path: () => "/practice" },
  "/flashcards": { visitor: "student", path: () => "/flashcards" },
  "/progress": { visitor: "student", path: () => "/progress" },
  "/classes/join": { visitor: "student", path: () => "/classes/join?code=KUCERA7" },
  "/assignments/[assignmentId]": {
    visitor: "student",
    path: (ids) => `/assignments/${ids.assignmentId}`,
  },
  "/attempts/[attemptId]": { visitor: "student", path: (ids) => `/attempts/${ids.attemptId}` },
  "/attempts/[attemptId]/results": {
    visitor: "student",
    path: (ids) => `/attempts/${ids.resultsAttemptId}/results`,
  },
  "/teach": { visitor: "teacher", path: () => "/teach" },
  "/teach/classes/[classId]": {
    visitor: "teacher",
    path: (ids) => `/teach/classes/${ids.classId}`,
  },
  "/teach/classes/[classId]/gradebook": {
    visitor: "teacher",
    path: (ids) => `/teach/classes/${ids.classId}/gradebook`,
  },
  "/teach/classes/[classId]/memory": {
    visitor: "teacher",
    path: (ids) => `/teach/classes/${ids.classId}/memory`,
  },
  "/teach/classes/[classId]/assignments/new": {
    visitor: "teacher",
    path: (ids) => `/teach/classes/${ids.classId}/assignments/new`,
  },
  "/teach/classes/[classId]/students/[studentId]": {
    visitor: "teacher",
    path: (ids) => `/teach/classes/${ids.classId}/students/${ids.studentId}`,
  },
  "/teach/assignments/[assignmentId]": {
    visitor: "teacher",
    path: (ids) => `/teach/assignments/${ids.assignmentId}`,
  },
  "/teach/export": { visitor: "teacher", path: () => "/teach/export" },
  "/teach/library": { visitor: "teacher", path: () => "/teach/library" },
  "/teach/library/import": { visitor: "teacher", path: () => "/teach/library/import" },
  "/teach/library/imports/[importId]": {
    visitor: "teacher",
    path: (ids) => `/teach/library/imports/${ids.importId}`,
  },
  "/teach/library/items/new": { visitor: "teacher", path: () => "/teach/library/items/new" },
  "/teach/library/items/[itemId]": {
    visitor: "teacher",
    path: (ids) => `/teach/library/items/${ids.libraryItemId}`,
  },
  "/teach/library/sets/[setId]": {
    visitor: "teacher",
    path: (ids) => `/teach/library/sets/${ids.librarySetId}`,
  },
  "/teach/library/sources/new": { visitor: "teacher", path: () => "/teach/library/sources/new" },
  "/sources/[sourceId]": { visitor: "teacher", path: (ids) => `/sources/${ids.sourceId}` },
};

/**
 * First-load JavaScript of every page route, each loaded once in a fresh
 * browser context (empty cache) as the visitor it is meant for. Fails when the
 * cases here and the app's page routes differ, or when a page redirects
 * elsewhere, so the table always covers exactly the app's pages.
 */
export async function benchPageWeight(
  browser: Browser,
  sessions: Record<Visitor, BrowserContextOptions>,
  ids: BenchIds,
): Promise<PageWeight[]> {
  const routes = pageRoutes(APP_DIR);
  const missing = routes.filter((route) => !ROUTES[route]);
  if (missing.length > 0) throw new Error(`no page-weight case for ${missing.join(", ")}`);
  const stale = Object.keys(ROUTES).filter((route) => !routes.includes(route));
  if (stale.length > 0) throw new Error(`page-weight cases for no page: ${stale.join(", ")}`);
  const results: PageWeight[] = [];
  for (const route of routes) {
    const { visitor, path } = ROUTES[route] as RouteCase;
    const context = await browser.newContext(sessions[visitor]);
    try {
      const load = await weighFirstLoadJs(await context.newPage(), path(ids));
      const landed = new URL(load.url);
      if (`${landed.pathname}${landed.search}` !== path(ids))
        throw new Error(`${path(ids)} as ${visitor} ended at ${load.url}`);
      results.push({ route, visitor, path: path(ids), load });
    } finally {
      await context.close();
    }
  }
  return results;
}

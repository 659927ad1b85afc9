import type { Browser, BrowserContextOptions } from "playwright-core";

export interface DemoIds {
  classId: string;
  /** An assignment of the demo class. */
  assignmentId: string;
  /** A student on the demo class's roster. */
  studentId: string;
  /** One of the demo student's submitted attempts. */
  resultsAttemptId: string;
}

/**
 * The seeded demo data's ids, read from the links on the pages that list them
 * (fetched without rendering, so no page's scripts are loaded or cached).
 */
export async function demoIds(
  browser: Browser,
  student: BrowserContextOptions,
  teacher: BrowserContextOptions,
): Promise<DemoIds> {
  const teach = await html(browser, teacher, "/teach");
  const classId = match(
    teach,
    /href="\/teach\/classes\/([^"/]+)">Current Affairs 11 \(demo\)</,
    "the demo class on /teach",
  );
  const klass = await html(browser, teacher, `/teach/classes/${classId}`);
  const home = await html(browser, student, "/home");
  return {
    classId,
    assignmentId: match(klass, /href="\/teach\/assignments\/([^"/]+)"/, "an assignment link"),
    studentId: match(
      klass,
      new RegExp(`href="/teach/classes/${classId}/students/([^"/]+)"`),
      "a roster link",
    ),
    resultsAttemptId: match(home, /href="\/attempts\/([^"/]+)\/results"/, "a recent result"),
  };
}

async function html(browser: Browser, session: BrowserContextOptions, path: string) {
  const context = await browser.newContext(session);
  try {
    const response = await context.request.get(path);
    if (!response.ok()) throw new Error(`GET ${path}: ${response.status()}`);
    return await response.text();
  } finally {
    await context.close();
  }
}

function match(text: string, pattern: RegExp, what: string): string {
  const found = pattern.exec(text)?.[1];
  if (!found) throw new Error(`could not find ${what}`);
  return found;
}

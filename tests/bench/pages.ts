import type { Browser } from "playwright-core";
import { signedInSession } from "../e2e/support/api-session.ts";
import { buildApp, E2E_DIST_DIR, startApp } from "../e2e/support/app-server.ts";
import { DEMO_PASSWORD, DEMO_STUDENT, DEMO_TEACHER } from "../e2e/support/browser-test.ts";
import { launchChromium } from "../e2e/support/chromium.ts";
import { HttpClient } from "../e2e/support/http-client.ts";
import { createLibraryFixture } from "../e2e/support/library-fixture.ts";
import { startPracticeAttempt } from "../e2e/support/practice-attempt.ts";
import type { QuizPageSpeed } from "../e2e/support/quiz-page-speed.ts";
import { benchPageWeight, type PageWeight } from "./page-weight.ts";
import { demoIds } from "./support/demo-ids.ts";
import { benchWebVitals } from "./web-vitals.ts";

export interface PageBench {
  chromium: string;
  weights: PageWeight[];
  visits: QuizPageSpeed[];
}

/**
 * Builds the app for production (into QUIZDECK_E2E_DIST_DIR, default .next-e2e),
 * serves it on a fresh embedded database with the demo data, and measures
 * every page's first-load JavaScript and the quiz player's LCP and CLS.
 */
export async function benchPages(runs: number, log: (text: string) => void): Promise<PageBench> {
  log(`next build into apps/web/${E2E_DIST_DIR}`);
  buildApp();
  log("serving the build");
  const app = await startApp();
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const anonymous = { baseURL: app.baseUrl };
    const student = await signedInSession(browser, app.baseUrl, DEMO_STUDENT, DEMO_PASSWORD);
    const teacher = await signedInSession(browser, app.baseUrl, DEMO_TEACHER, DEMO_PASSWORD);
    const ids = await demoIds(browser, student, teacher);
    const librarian = new HttpClient({ baseUrl: app.baseUrl });
    await librarian.signIn(DEMO_TEACHER, DEMO_PASSWORD);
    const library = await createLibraryFixture(librarian);
    const attemptPath = await startPracticeAttempt(browser, student);
    const attemptId = attemptPath.split("/").at(-1) ?? "";
    log("first-load JavaScript of every page");
    const weights = await benchPageWeight(
      browser,
      { anonymous, student, teacher },
      { ...ids, ...library, attemptId },
    );
    log(`quiz player LCP and CLS, ${runs} visits`);
    const visits = await benchWebVitals(browser, student, runs);
    return { chromium: browser.version(), weights, visits };
  } finally {
    await browser?.close();
    await app.stop();
  }
}

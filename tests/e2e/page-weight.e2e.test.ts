import { expect, it } from "vitest";
import { signedUpSession } from "./support/api-session.ts";
import { describeInBrowser } from "./support/browser-test.ts";
import { KIB, weighFirstLoadJs } from "./support/first-load-js.ts";
import { startPracticeAttempt } from "./support/practice-attempt.ts";
import { GOOD_CLS, measureQuizPage, QUIZ_PLAYER_JS_BUDGET } from "./support/quiz-page-speed.ts";

/** The item editor measured 186.6 KiB (docs/benchmarks.md); the budget keeps it from growing. */
const LIBRARY_EDITOR_JS_BUDGET = 190 * KIB;

describeInBrowser("page weight: the quiz player and the question editor", (suite) => {
  it("loads at most 150 KiB of gzipped JavaScript and does not shift while feedback appears", async () => {
    // A student of its own, so the demo accounts other tests read stay as seeded.
    const session = await signedUpSession(suite.browser, suite.baseUrl, {
      name: "Petra Pageweight",
      email: `petra-${Date.now()}@example.test`,
      password: "Turkestan-Reader-52",
      role: "student",
    });
    const attemptPath = await startPracticeAttempt(suite.browser, session);

    const visit = await measureQuizPage(suite.browser, session, attemptPath, 4);

    expect(new URL(visit.firstLoad.url).pathname).toBe(attemptPath);
    const files = visit.firstLoad.scripts
      .map((script) => `${(script.gzipBytes / KIB).toFixed(1)} KiB ${script.path}`)
      .join("\n");
    expect(
      visit.firstLoad.gzipBytes,
      `first-load JavaScript of the quiz player, gzipped:\n${files}`,
    ).toBeLessThanOrEqual(QUIZ_PLAYER_JS_BUDGET);
    const shifts = visit.shifts.map((shift) => JSON.stringify(shift)).join("\n");
    expect(
      visit.cls,
      `CLS over loading and answering 4 questions; shifts:\n${shifts}`,
    ).toBeLessThan(GOOD_CLS);
  }, 120_000);

  // The question editor is the heaviest page: it runs the content package's schema and the
  // bank validator's item checks in the browser, for the live preview and writing warnings.
  it(`the question editor loads at most ${LIBRARY_EDITOR_JS_BUDGET / KIB} KiB of gzipped JavaScript`, async () => {
    const session = await signedUpSession(suite.browser, suite.baseUrl, {
      name: "Tomas Pageweight",
      email: `tomas-${Date.now()}@example.test`,
      password: "Turkestan-Writer-52",
      role: "teacher",
    });
    const context = await suite.browser.newContext(session);
    try {
      const page = await context.newPage();
      const firstLoad = await weighFirstLoadJs(page, "/teach/library/items/new");
      expect(new URL(firstLoad.url).pathname).toBe("/teach/library/items/new");
      const files = firstLoad.scripts
        .map((script) => `${(script.gzipBytes / KIB).toFixed(1)} KiB ${script.path}`)
        .join("\n");
      expect(
        firstLoad.gzipBytes,
        `first-load JavaScript of the question editor, gzipped:\n${files}`,
      ).toBeLessThanOrEqual(LIBRARY_EDITOR_JS_BUDGET);
    } finally {
      await context.close();
    }
  }, 120_000);
});

import { expect, it } from "vitest";
import { signedUpSession } from "./support/api-session.ts";
import { describeInBrowser } from "./support/browser-test.ts";
import { KIB } from "./support/first-load-js.ts";
import { startPracticeAttempt } from "./support/practice-attempt.ts";
import { GOOD_CLS, measureQuizPage, QUIZ_PLAYER_JS_BUDGET } from "./support/quiz-page-speed.ts";

describeInBrowser("the quiz player's weight and stability", (suite) => {
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
});

import type { Locator, Page, Route } from "playwright-core";
import { expect, it } from "vitest";
import { signedUpSession } from "./support/api-session.ts";
import { type BrowserSuite, describeInBrowser } from "./support/browser-test.ts";
import { startPracticeAttempt } from "./support/practice-attempt.ts";
import { giveAnswerWithKeyboard } from "./support/quiz-keyboard.ts";

/** The quiz player's save status line (the only atomic status region on the page). */
const SAVE_STATUS = 'main p[role="status"][aria-atomic="true"]';

/** Records every text the save status shows, from the server's HTML on. */
function recordSaveStatus(page: Page) {
  return page.addInitScript((selector: string) => {
    const log: string[] = [];
    (window as unknown as { saveStatusLog: string[] }).saveStatusLog = log;
    new MutationObserver(() => {
      const text = document.querySelector(selector)?.textContent ?? null;
      if (text !== null && log.at(-1) !== text) log.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  }, SAVE_STATUS);
}

const saveStatusLog = (page: Page) =>
  page.evaluate(() => (window as unknown as { saveStatusLog: string[] }).saveStatusLog);

/** Holds matching requests until `release` is called. */
async function holdRequests(page: Page, pattern: string) {
  const held: Route[] = [];
  let released = false;
  await page.route(pattern, async (route) => {
    if (released) await route.continue();
    else held.push(route);
  });
  return {
    count: () => held.length,
    async release() {
      released = true;
      for (const route of held.splice(0)) await route.continue();
    },
  };
}

/** The visible mark of a question in the question list (the part a sighted student sees). */
function visibleMark(button: Locator) {
  return button.locator('span[aria-hidden="true"]').textContent();
}

const borderStyle = (button: Locator) =>
  button.evaluate((element) => getComputedStyle(element).borderTopStyle);

/** A new student's practice quiz (feedback after each answer), opened in a context of its own. */
async function openPracticeQuiz(suite: BrowserSuite, name: string) {
  const first = name.toLowerCase();
  const session = await signedUpSession(suite.browser, suite.baseUrl, {
    name: `${name} Status`,
    email: `${first}-${Date.now()}@example.test`,
    password: "Bukhara-Reader-31",
    role: "student",
  });
  const attemptPath = await startPracticeAttempt(suite.browser, session);
  const context = await suite.browser.newContext(session);
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await page.goto(attemptPath);
  await page.locator(SAVE_STATUS).filter({ hasText: "All answers saved" }).waitFor();
  return { context, page, attemptPath };
}

const questionList = (page: Page) => page.getByRole("navigation", { name: "Questions" });
const VERDICT = /^Question [12], (correct|partly correct|not correct)$/;

describeInBrowser("the quiz player's save status", (suite) => {
  it("marks an answer still waiting apart from a saved one, to the eye as well", async () => {
    const { context, page } = await openPracticeQuiz(suite, "Wanda");
    try {
      await context.setOffline(true);
      await giveAnswerWithKeyboard(page);
      const waiting = questionList(page).getByRole("button", { name: /^Question 1, answered/ });
      await waiting.waitFor();
      expect(await visibleMark(waiting)).toBe("1…");
      expect(await borderStyle(waiting)).toBe("dashed");
      expect(await waiting.locator(".visually-hidden").textContent()).toBe(
        "Question 1, answered, waiting to be saved",
      );

      await context.setOffline(false);
      const saved = questionList(page).getByRole("button", { name: VERDICT });
      await saved.waitFor();
      expect(await visibleMark(saved)).toMatch(/^1[✓◐✗]$/);
      expect(await borderStyle(saved)).not.toBe("dashed");
    } finally {
      await context.close();
    }
  }, 120_000);

  it("says the server cannot be reached when the browser is online but no reply comes", async () => {
    const { context, page } = await openPracticeQuiz(suite, "Ulan");
    try {
      await page.route("**/api/attempts/*/responses", (route) => route.abort("connectionrefused"));
      await giveAnswerWithKeyboard(page);
      const status = page.locator(SAVE_STATUS);
      await status.filter({ hasText: /^Cannot reach the server — 1 answer kept/ }).waitFor();
      expect(await status.textContent()).not.toMatch(/offline/i);
      await page.getByRole("heading", { level: 3, name: "Answer kept on this device" }).waitFor();

      await context.setOffline(true);
      await status.filter({ hasText: /^Offline — 1 answer kept on this device/ }).waitFor();
    } finally {
      await context.close();
    }
  }, 120_000);

  it("claims nothing before it has read the browser's copy, then sends what a closed tab left", async () => {
    const { context, page, attemptPath } = await openPracticeQuiz(suite, "Rustam");
    try {
      // Two answers given offline; the tab is closed with both still in the browser.
      await context.setOffline(true);
      await giveAnswerWithKeyboard(page);
      await page.getByRole("button", { name: "Next" }).press("Enter");
      await page.getByRole("heading", { level: 2, name: /^Question 2 of / }).waitFor();
      await giveAnswerWithKeyboard(page);
      await page
        .locator(SAVE_STATUS)
        .filter({ hasText: /^Offline — 2 answers/ })
        .waitFor();
      await page.close();
      await context.setOffline(false);

      // Reopened: until its scripts have read the browser's copy, the page claims nothing.
      const reopened = await context.newPage();
      await recordSaveStatus(reopened);
      const scripts = await holdRequests(reopened, "**/_next/static/**/*.js");
      const answers = await holdRequests(reopened, "**/api/attempts/*/responses");
      await reopened.goto(attemptPath, { waitUntil: "commit" });
      const status = reopened.locator(SAVE_STATUS);
      await status.filter({ hasText: "Checking saved answers…" }).waitFor();
      expect(await reopened.getByText("All answers saved").count()).toBe(0);

      // Read: both answers show as given and waiting, while the first is on its way.
      await scripts.release();
      await status.filter({ hasText: "Saving…" }).waitFor();
      for (const number of [1, 2]) {
        await questionList(reopened)
          .getByRole("button", { name: `Question ${number}, answered, waiting to be saved` })
          .waitFor();
      }
      await expect.poll(() => answers.count()).toBeGreaterThan(0);
      expect(await reopened.getByText("All answers saved").count()).toBe(0);

      // Sent: both reach the server, and only then does the status say so.
      await answers.release();
      await status.filter({ hasText: "All answers saved" }).waitFor();
      await expect
        .poll(() => questionList(reopened).getByRole("button", { name: VERDICT }).count())
        .toBe(2);
      const log = await saveStatusLog(reopened);
      expect(log[0], log.join(" | ")).toBe("Checking saved answers…");
      expect(log.indexOf("All answers saved"), log.join(" | ")).toBe(log.length - 1);

      // Nothing was lost: a fresh load shows both answers as the server has them.
      await reopened.reload();
      await reopened.getByRole("heading", { level: 2, name: /^Question \d+ of \d+$/ }).waitFor();
      await expect
        .poll(() => questionList(reopened).getByRole("button", { name: VERDICT }).count())
        .toBe(2);
    } finally {
      await context.close();
    }
  }, 120_000);

  it("keeps a flashcard rating given offline through a closed tab, and saves it from the next page", async () => {
    const session = await signedUpSession(suite.browser, suite.baseUrl, {
      name: "Farida Flashcard",
      email: `farida-${Date.now()}@example.test`,
      password: "Khiva-Reader-64",
      role: "student",
    });
    const context = await suite.browser.newContext(session);
    context.setDefaultTimeout(15_000);
    try {
      const page = await context.newPage();
      await page.goto("/flashcards");
      await page.getByRole("button", { name: "Show answer" }).waitFor();
      await context.setOffline(true);
      await page.keyboard.press("Space");
      await page.getByRole("region", { name: "Answer" }).waitFor();
      await page.keyboard.press("3");
      await page.getByText(/^Rated Good — next in /).waitFor();
      await page
        .getByRole("status")
        .filter({ hasText: "Offline: your 1 change is kept on this device" })
        .waitFor();
      await page.close();
      await context.setOffline(false);

      const reopened = await context.newPage();
      await reopened.goto("/flashcards");
      await reopened
        .getByText(/^1 change from your last visit had not reached the server/)
        .waitFor();
      await reopened.getByRole("status").filter({ hasText: "All ratings saved" }).waitFor();
      await reopened.getByText(/they are saved now\.$/).waitFor();

      // The server has it: the next page finds nothing left to send.
      await reopened.reload();
      await reopened.getByRole("button", { name: "Show answer" }).waitFor();
      expect(await reopened.getByText(/from your last visit had not reached/).count()).toBe(0);
    } finally {
      await context.close();
    }
  }, 120_000);
});

import type { Browser, BrowserContextOptions } from "playwright-core";

/** A ready-made set of the bank; practice gives feedback after each answer. */
export const PRACTICE_SET = "The Central Asian states";

/**
 * Starts a practice quiz as a student would (the Practice page's button) and
 * returns the quiz player's path. Runs in a context of its own, so the pages
 * loaded on the way leave nothing in the cache of the context measured next.
 */
export async function startPracticeAttempt(
  browser: Browser,
  session: BrowserContextOptions,
): Promise<string> {
  const context = await browser.newContext(session);
  try {
    const page = await context.newPage();
    await page.goto("/practice");
    await page.getByRole("button", { name: `Practise “${PRACTICE_SET}”` }).click();
    await page.waitForURL(/\/attempts\/[^/]+$/);
    return new URL(page.url()).pathname;
  } finally {
    await context.close();
  }
}

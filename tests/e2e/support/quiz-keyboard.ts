import type { Page } from "playwright-core";

/**
 * Answers the question on screen with the keyboard only: number keys for
 * options, typing into blanks, arrow keys in the matching selects, Alt+Arrow
 * to reorder. Which answer is given does not matter here; that it can be given
 * and saved without a mouse does. Works with feedback after each answer or at
 * the end.
 */
export async function answerWithKeyboard(page: Page) {
  await giveAnswerWithKeyboard(page);
  // Feedback after each answer shows its verdict; an exam only says the answer is saved.
  const main = page.locator("main");
  await main
    .getByRole("heading", { level: 3, name: /^(Correct|Partly correct|Not correct)$/ })
    .or(main.getByRole("button", { name: /^(Answer saved|Saved on this device)$/ }))
    .first()
    .waitFor();
}

/** As answerWithKeyboard, without waiting for the feedback (which needs the server). */
export async function giveAnswerWithKeyboard(page: Page) {
  const main = page.locator("main");
  const blanks = main.getByRole("textbox", { name: /^Blank \d+$/ });
  const selects = main.getByRole("combobox");
  const moveDown = main.getByRole("button", { name: /^Move down\s*:/ });
  const checkboxes = main.getByRole("checkbox");
  if ((await blanks.count()) > 0) {
    for (let i = 0; i < (await blanks.count()); i++) {
      await page.keyboard.press("Tab");
      await blanks.nth(i).pressSequentially("Uzbekistan");
    }
    await page.keyboard.press("Enter");
  } else if ((await selects.count()) > 0) {
    for (let i = 0; i < (await selects.count()); i++) {
      await selects.nth(i).focus();
      await page.keyboard.press("ArrowDown");
    }
    await page.keyboard.press("Enter");
  } else if ((await moveDown.count()) > 0) {
    const first = main
      .getByRole("listitem")
      .filter({ has: page.getByRole("button", { name: /^Move down\s*:/ }) })
      .first();
    await first.focus();
    await page.keyboard.press("Alt+ArrowDown");
    await main.getByText(/^Moved to position 2 of \d+/).waitFor({ state: "attached" });
    await page.keyboard.press("Enter");
  } else if ((await checkboxes.count()) > 0) {
    await page.keyboard.press("1");
    await page.keyboard.press("2");
    await page.keyboard.press("Enter");
  } else {
    await page.keyboard.press("1");
    await page.keyboard.press("Enter");
  }
}

/** Which kind of input the question on screen uses. */
export async function questionKind(page: Page): Promise<string> {
  const main = page.locator("main");
  if ((await main.getByRole("textbox", { name: /^Blank \d+$/ }).count()) > 0) return "text";
  if ((await main.getByRole("combobox").count()) > 0) return "matching";
  if ((await main.getByRole("button", { name: /^Move down\s*:/ }).count()) > 0) return "ordering";
  if ((await main.getByRole("radio", { name: "True" }).count()) > 0) return "true-false";
  return "choice";
}

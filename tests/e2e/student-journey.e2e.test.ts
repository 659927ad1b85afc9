import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeInBrowser, expectNoSeriousAxeViolations } from "./support/browser-test.ts";
import { answerWithKeyboard, questionKind } from "./support/quiz-keyboard.ts";

async function answeredCount(page: Page): Promise<number> {
  const text = await page
    .locator("main")
    .getByText(/^\d+ of \d+ answered$/)
    .textContent();
  return Number(text?.split(" ")[0]);
}

describeInBrowser("a student's day", (suite) => {
  it("signs up, takes a mixed quiz by keyboard, survives a reload, sees results, progress and flashcards", async () => {
    const { page, context } = await suite.newPage();
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Kira Keyboard");
    await page.getByLabel("Email").fill(`kira-${Date.now()}@example.test`);
    await page.getByLabel("Password").fill("Samarkand-Reader-77");
    await page.getByRole("button", { name: "Create account" }).press("Enter");
    await page.waitForURL("**/home");
    await expectNoSeriousAxeViolations(page);

    await page.goto("/practice");
    await expectNoSeriousAxeViolations(page);
    await page
      .getByRole("button", { name: "Practise “Russia, the CSTO and the supply routes”" })
      .press("Enter");
    await page.waitForURL(/\/attempts\/[^/]+$/);
    const total = Number(
      /of (\d+)/.exec(
        (await page.getByRole("heading", { level: 2 }).first().textContent()) ?? "",
      )?.[1],
    );
    expect(total).toBe(13);
    await expectNoSeriousAxeViolations(page);

    const seenTypes = new Set<string>();
    for (let number = 1; number <= total; number++) {
      const heading = page.getByRole("heading", {
        level: 2,
        name: `Question ${number} of ${total}`,
      });
      await heading.waitFor();
      if (number > 1) {
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.textContent?.slice(0, 60)), {
            message: `focus after moving to question ${number}`,
          })
          .toBe(`Question ${number} of ${total}`);
      }
      seenTypes.add(await questionKind(page));
      await answerWithKeyboard(page);
      if (number === 1) await expectNoSeriousAxeViolations(page);
      await page.getByRole("status").filter({ hasText: "All answers saved" }).waitFor();

      if (number === 6) {
        await page.reload();
        await page.getByRole("heading", { level: 2, name: /^Question \d+ of 13$/ }).waitFor();
        expect(await answeredCount(page)).toBe(6);
        await page.getByRole("button", { name: "Question 7, not answered" }).press("Enter");
        continue;
      }
      if (number < total) await page.getByRole("button", { name: "Next" }).press("Enter");
    }
    expect([...seenTypes].sort(), [...seenTypes].join()).toEqual([
      "choice",
      "matching",
      "ordering",
      "text",
      "true-false",
    ]);
    expect(await answeredCount(page)).toBe(13);

    await page.getByRole("button", { name: "Submit quiz" }).press("Enter");
    await page.waitForURL(/\/results$/);
    await page.getByRole("heading", { level: 2, name: "Your score" }).waitFor();
    expect(await page.getByText(/of 13 points/).count()).toBeGreaterThan(0);
    await expectNoSeriousAxeViolations(page);

    await page.goto("/progress");
    await page.getByRole("heading", { level: 1, name: "Your progress" }).waitFor();
    const answers = page.getByRole("table", { name: "Your answers, newest first" });
    // The newest answers (one page) are this quiz's, and there are more behind "Show more".
    expect(await answers.getByRole("row").count()).toBeGreaterThan(10);
    expect(await page.getByRole("link", { name: "Show more answers" }).count()).toBe(1);
    expect(await page.getByRole("figure", { name: /Accuracy per day/ }).count()).toBeGreaterThan(0);
    await expectNoSeriousAxeViolations(page);

    await page.goto("/flashcards");
    await page.getByRole("heading", { level: 1, name: "Flashcards" }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole("button", { name: "Show answer" }).waitFor();
    await page.keyboard.press("Space");
    await page.getByRole("region", { name: "Answer" }).waitFor();
    await page.keyboard.press("3");
    await page.getByText(/^Rated Good — next in /).waitFor();
    await page.getByRole("button", { name: "Show answer" }).waitFor();
    await page.keyboard.press("Space");
    await page.keyboard.press("1");
    await page.getByText(/^Rated Again — next in /).waitFor();
    await page.keyboard.press("u");
    await page.getByText(/^Undid Again — showing that card again/).waitFor();
    await page.keyboard.press("Space");
    await page.keyboard.press("4");
    await page.getByText(/^Rated Easy — next in /).waitFor();
    await page.getByRole("status").filter({ hasText: "All ratings saved" }).waitFor();
    await expectNoSeriousAxeViolations(page);

    await page.goto("/home");
    expect(await page.getByText("Study streak: 1 day").count()).toBe(1);
    await context.close();
  }, 240_000);
});

import { bank } from "@quizdeck/content/bank";
import type { Question } from "@quizdeck/content/schema";
import type { Locator, Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeInBrowser, expectNoSeriousAxeViolations } from "./support/browser-test.ts";
import { PRACTICE_SET } from "./support/practice-attempt.ts";
import { answerWithKeyboard, questionKind } from "./support/quiz-keyboard.ts";

type SingleChoice = Extract<Question, { type: "single-choice" }>;

/** The bank's single-choice question whose prompt is on screen. */
async function singleChoiceOnScreen(page: Page): Promise<SingleChoice | undefined> {
  const prompt = (await page.locator("main legend").first().textContent())?.trim();
  return bank.questions.find(
    (question): question is SingleChoice =>
      question.type === "single-choice" && question.prompt === prompt,
  );
}

/** The options on screen, in the order shown (the text of each radio's label). */
function shownOptions(page: Page): Promise<string[]> {
  return page
    .locator("main")
    .getByRole("radio")
    .evaluateAll((radios) =>
      radios.map(
        (radio) =>
          (radio as HTMLInputElement).labels?.[0]?.lastElementChild?.textContent?.trim() ?? "",
      ),
    );
}

/** The texts of a list's items, in order. */
async function itemTexts(list: Locator): Promise<string[]> {
  return (await list.getByRole("listitem").allTextContents()).map((text) => text.trim());
}

/**
 * Picks the option at `position` (1 = first shown) by its number key, checks
 * the answer, and returns the options as shown and the feedback's marks and key.
 */
async function answerChoice(page: Page, position: number) {
  const main = page.locator("main");
  const shown = await shownOptions(page);
  await page.keyboard.press(String(position));
  await page.keyboard.press("Enter");
  const verdict = main.getByRole("heading", {
    level: 3,
    name: /^(Correct|Partly correct|Not correct)$/,
  });
  await verdict.waitFor();
  const listAfter = (heading: string) =>
    main.getByRole("heading", { name: heading }).locator("xpath=following-sibling::ul[1]");
  const marks = await itemTexts(listAfter("Marks"));
  const key = await itemTexts(listAfter("Correct answer"));
  const verdictText = ((await verdict.textContent()) ?? "").replace(/^[✓✗◐○]\s*/, "");
  return { shown, marks, key, verdict: verdictText };
}

describeInBrowser("a new student's first visit", (suite) => {
  it("is welcomed, sees an honest empty progress page, feedback naming options as shown, compact results and progress from day one", async () => {
    const { page, context } = await suite.newPage();
    const name = `Nia New ${Date.now()}`;
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Email").fill(`nia-${Date.now()}@example.test`);
    await page.getByLabel("Password").fill("Khiva-Walls-Twelve-12");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL("**/home");
    await page.getByRole("heading", { level: 1, name: `Welcome, ${name}` }).waitFor();
    expect(await page.getByText("Welcome back").count()).toBe(0);

    const icon = await page.request.get("/favicon.ico");
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toMatch(/image/);

    // Nothing done yet: no empty charts, no tables of days without answers.
    await page.goto("/progress");
    await page.getByText(/^Nothing to show yet\./).waitFor();
    expect(await page.getByRole("figure").count()).toBe(0);
    expect(await page.getByRole("table").count()).toBe(0);
    await expectNoSeriousAxeViolations(page);

    await page.goto("/practice");
    await page.getByRole("button", { name: `Practise “${PRACTICE_SET}”` }).click();
    await page.waitForURL(/\/attempts\/[^/]+$/);
    const firstHeading = page.getByRole("heading", { level: 2, name: /^Question 1 of \d+$/ });
    await firstHeading.waitFor();
    const total = Number(/of (\d+)$/.exec((await firstHeading.textContent()) ?? "")?.[1]);
    const outcomes: string[] = [];
    let choiceQuestions = 0;
    for (let number = 1; number <= total; number++) {
      await page
        .getByRole("heading", { level: 2, name: `Question ${number} of ${total}` })
        .waitFor();
      const question =
        (await questionKind(page)) === "choice" ? await singleChoiceOnScreen(page) : undefined;
      if (question) {
        // The first one right, the next ones wrong: the results then have both.
        const shown = await shownOptions(page);
        const keyText = question.choices.find((choice) => choice.correct)?.text ?? "";
        const right = shown.indexOf(keyText);
        expect(right, `the key of “${question.prompt}” is on screen`).toBeGreaterThanOrEqual(0);
        const pick = choiceQuestions === 0 ? right + 1 : right === 0 ? 2 : 1;
        const feedback = await answerChoice(page, pick);
        choiceQuestions += 1;
        // Marks and key name each option by the number it was shown with, and its text.
        const chosen = feedback.marks.find((mark) => mark.includes("Your choice"));
        expect(chosen).toMatch(new RegExp(`^✓?✗?\\s*Option ${pick}: `));
        expect(chosen).toContain(shown[pick - 1]);
        expect(feedback.key).toEqual([`Option ${right + 1}: ${shown[right]}`]);
        expect(feedback.marks.join(" ")).not.toMatch(/\([a-h]\)/);
        outcomes.push(feedback.verdict);
      } else {
        await answerWithKeyboard(page);
      }
      if (number < total) await page.getByRole("button", { name: "Next" }).press("Enter");
    }
    expect(choiceQuestions).toBeGreaterThanOrEqual(2);
    expect(outcomes.slice(0, 2)).toEqual(["Correct", "Not correct"]);
    await page.getByRole("status").filter({ hasText: "All answers saved" }).waitFor();
    await page.getByRole("button", { name: "Submit quiz" }).press("Enter");
    await page.waitForURL(/\/results$/);

    // The marks at a glance: one row a question, each linking to its panel.
    const glance = page.getByRole("table", { name: "Your mark on each question" });
    await glance.waitFor();
    expect(await glance.getByRole("row").count()).toBe(total + 1);
    const rows = await glance.getByRole("row").allTextContents();
    const rightRow = rows.findIndex((row, index) => index > 0 && /✓\s*Correct/.test(row));
    const missedRow = rows.findIndex((row, index) => index > 0 && !/✓\s*Correct/.test(row));
    expect(rightRow).toBeGreaterThan(0);
    expect(missedRow).toBeGreaterThan(0);
    await glance.getByRole("link", { name: `Question ${missedRow}`, exact: true }).click();
    await page.waitForURL(new RegExp(`#question-${missedRow}$`));

    // Right answers start folded; the missed ones open.
    const panel = (row: number) => page.locator(`#question-${row}`);
    const isOpen = (row: number) =>
      panel(row)
        .locator("details")
        .evaluate((details) => (details as HTMLDetailsElement).open);
    expect(await isOpen(rightRow)).toBe(false);
    expect(await isOpen(missedRow)).toBe(true);
    await expectNoSeriousAxeViolations(page);

    await page.getByLabel("Show only the ones I missed").check();
    expect(await panel(rightRow).isVisible()).toBe(false);
    expect(await panel(missedRow).isVisible()).toBe(true);
    await page.getByLabel("Show only the ones I missed").uncheck();
    expect(await panel(rightRow).isVisible()).toBe(true);

    // Progress from the first day: one day in the tables, mastery a week ahead, never 100% at once.
    await page.goto("/progress");
    await page.getByRole("heading", { level: 1, name: "Your progress" }).waitFor();
    // The tables sit folded behind "Show as table".
    const table = (name: string) => page.getByRole("table", { name, includeHidden: true });
    const rowsOf = (name: string) => table(name).getByRole("row", { includeHidden: true }).count();
    expect(await rowsOf("Accuracy per day")).toBe(2);
    expect(await rowsOf("Answers and card reviews per day")).toBe(2);
    await page.getByText(/still remember an item a week from now/).waitFor();
    const topics = table("Topics");
    const recall = await topics.locator("tbody tr td:nth-of-type(1)").allTextContents();
    expect(recall.length).toBeGreaterThan(0);
    expect(recall.filter((cell) => cell !== "not met yet").length).toBeGreaterThan(0);
    expect(recall).not.toContain("100%");
    await expectNoSeriousAxeViolations(page);

    await page.goto("/home");
    await page.getByRole("heading", { level: 1, name: `Welcome back, ${name}` }).waitFor();
    await context.close();
  }, 240_000);
});

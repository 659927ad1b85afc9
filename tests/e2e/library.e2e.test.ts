import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import {
  DEMO_TEACHER,
  describeInBrowser,
  expectNoSeriousAxeViolations,
  signIn,
} from "./support/browser-test.ts";
import { answerWithKeyboard } from "./support/quiz-keyboard.ts";

const SOURCE_TEXT = `The Aral Sea was once the fourth-largest lake in the world.

Soviet irrigation projects diverted the Amu Darya and the Syr Darya to grow cotton in the desert. By the 2000s the sea had split in two.

Kazakhstan built the Kokaral dam in 2005, and the northern sea has been rising since.`;

const SINGLE_PROMPT = "Which country built the Kokaral dam?";

/** The teacher's questions, one of each type, each quoting the pasted source. */
const QUESTIONS = [
  {
    type: "multiple-choice",
    prompt: "Which rivers did Soviet projects divert? Choose all that apply.",
    fill: async (page: Page) => {
      await page.getByLabel("Option 1", { exact: true }).fill("The Amu Darya");
      await page.getByLabel("Option 2", { exact: true }).fill("The Syr Darya");
      await page.getByLabel("Option 3", { exact: true }).fill("The Volga");
      await page.getByLabel("Option 2 is correct").check();
    },
    evidence: ["p02", "diverted the Amu Darya and the Syr Darya"],
  },
  {
    type: "true-false",
    prompt: "True or false: the northern part of the sea has grown again since the dam.",
    fill: async (page: Page) => {
      await page.getByRole("group", { name: "The statement is" }).getByLabel("True").check();
    },
    evidence: ["p03", "the northern sea has been rising since"],
  },
  {
    type: "cloze",
    prompt: "Complete the sentence.",
    fill: async (page: Page) => {
      await page.getByLabel("Passage with blanks").fill("The rivers were diverted to grow {{1}}.");
      await page.getByLabel("Accepted answers for blank 1").fill("cotton");
    },
    evidence: ["p02", "to grow cotton in the desert"],
  },
  {
    type: "matching",
    prompt: "Match each river or dam with what the text says about it.",
    fill: async (page: Page) => {
      const pairs = [
        ["Amu Darya", "diverted for cotton"],
        ["Kokaral dam", "built in 2005"],
        ["Aral Sea", "split in two"],
      ];
      for (const [index, [left, right]] of pairs.entries()) {
        await page.getByLabel(`Pair ${index + 1}, left`).fill(left ?? "");
        await page.getByLabel(`Pair ${index + 1}, right`).fill(right ?? "");
      }
    },
    evidence: ["p03", "Kazakhstan built the Kokaral dam in 2005"],
  },
  {
    type: "ordering",
    prompt: "Put these events in the order they happened.",
    fill: async (page: Page) => {
      const items = ["Rivers diverted for cotton", "The sea split in two", "The Kokaral dam built"];
      for (const [index, item] of items.entries()) {
        await page.getByLabel(`Item ${index + 1}`, { exact: true }).fill(item);
      }
    },
    evidence: ["p02", "By the 2000s the sea had split in two."],
  },
] as const;

async function addQuote(page: Page, paragraphId: string, quote: string) {
  await page.getByLabel("Paragraph", { exact: true }).selectOption(paragraphId);
  await page.getByLabel("Quote", { exact: true }).fill(quote);
  await page.getByText(/^Word for word in paragraph \d+\.$/).waitFor();
  await page.getByRole("button", { name: "Add quote as evidence" }).click();
}

async function newClassWithStudent(
  suite: { newPage: () => Promise<{ page: Page }> },
  teacher: Page,
  stamp: number,
) {
  const className = `Geography ${stamp}`;
  await teacher.goto("/teach");
  await teacher.getByLabel("Class name").fill(className);
  await teacher.getByRole("button", { name: "Create class" }).click();
  await teacher.getByRole("heading", { level: 1, name: className }).waitFor();
  const joinCode =
    (await teacher
      .locator("strong")
      .filter({ hasText: /^[A-Z0-9]{7}$/ })
      .first()
      .textContent()) ?? "";
  const { page: student } = await suite.newPage();
  await student.goto("/sign-up");
  await student.getByLabel("Name").fill(`Aral Student ${stamp}`);
  await student.getByLabel("Email").fill(`aral-${stamp}@example.test`);
  await student.getByLabel("Password").fill("Bukhara-Minaret-1127");
  await student.getByRole("button", { name: "Create account" }).click();
  await student.waitForURL("**/home");
  await student.getByLabel("Class join code").fill(joinCode);
  await student.getByRole("button", { name: "Join class" }).click();
  await student.getByText(`You joined ${className}.`).waitFor();
  return { className, student };
}

describeInBrowser("the teacher's library", (suite) => {
  it("writes a grounded question of each type from a pasted text, fixes an unsupported key, pools a set, assigns it, and keeps the version a student took", async () => {
    const stamp = Date.now();
    const sourceTitle = `Aral notes ${stamp}`;
    const { page: teacher } = await suite.newPage();
    await signIn(teacher, DEMO_TEACHER);
    const { className, student } = await newClassWithStudent(suite, teacher, stamp);

    await teacher.goto("/teach/library");
    await expectNoSeriousAxeViolations(teacher);
    await teacher.getByRole("link", { name: "Add a source" }).first().click();
    await teacher.getByRole("heading", { level: 1, name: "Add a source" }).waitFor();
    await teacher.getByLabel("Title", { exact: true }).fill(sourceTitle);
    await teacher.getByLabel("Text", { exact: true }).fill(SOURCE_TEXT);
    await teacher.getByRole("button", { name: "Save source" }).click();
    await teacher.getByRole("heading", { level: 1, name: sourceTitle }).waitFor();
    await expectNoSeriousAxeViolations(teacher);

    // The editor carries only the text of the source it opens with; another's comes when chosen.
    await teacher.goto("/teach/library/items/new");
    await teacher.getByRole("heading", { level: 1, name: "Write a question" }).waitFor();
    expect(await teacher.content()).not.toContain("Kokaral dam in 2005");
    await teacher.getByLabel("Source", { exact: true }).selectOption({ label: sourceTitle });
    await teacher.getByLabel("Paragraph", { exact: true }).selectOption("p03");
    expect(await teacher.getByLabel("Paragraph text").inputValue()).toContain(
      "Kazakhstan built the Kokaral dam in 2005",
    );

    // The single-choice question, keyboard only: the passage selected with Shift and the arrows.
    await teacher.goto("/teach/library");
    await teacher.getByRole("link", { name: `Write a question from ${sourceTitle}` }).click();
    await teacher.getByRole("heading", { level: 1, name: "Write a question" }).waitFor();
    await teacher.getByLabel("Question", { exact: true }).fill(SINGLE_PROMPT);
    await teacher.getByLabel("Option 1", { exact: true }).fill("Tajikistan");
    await teacher.getByLabel("Option 2", { exact: true }).fill("Uzbekistan");
    await teacher.getByLabel("Option 3", { exact: true }).fill("Turkmenistan");
    await teacher
      .getByLabel("Why (the explanation students see)")
      .fill("The text names the country that built the dam.");
    await teacher.getByLabel("Paragraph", { exact: true }).selectOption("p03");
    await teacher.getByLabel("Paragraph text").focus();
    await teacher.keyboard.press("Control+Home");
    for (let i = 0; i < "Kazakhstan built the Kokaral dam in 2005".length; i++) {
      await teacher.keyboard.press("Shift+ArrowRight");
    }
    await teacher.getByRole("button", { name: "Use the selected passage" }).press("Enter");
    expect(await teacher.getByLabel("Quote", { exact: true }).inputValue()).toBe(
      "Kazakhstan built the Kokaral dam in 2005",
    );
    await teacher.getByRole("button", { name: "Add quote as evidence" }).press("Enter");
    const checks = teacher.getByRole("region", { name: "Checks" });
    await checks.getByText(/“tajikistan” do not appear in or near the quoted evidence/).waitFor();
    await expectNoSeriousAxeViolations(teacher);
    await teacher.getByLabel("Option 1", { exact: true }).fill("Kazakhstan");
    await expect.poll(() => checks.getByText(/do not appear in or near/).count()).toBe(0);
    // The preview is the student's view: answer it and check.
    const preview = teacher.getByRole("complementary", { name: "Preview, as students see it" });
    await preview.getByLabel("Kazakhstan").check();
    await preview.getByRole("button", { name: "Check answer" }).click();
    await preview.getByRole("heading", { name: "Correct", exact: true }).waitFor();
    await teacher.getByRole("button", { name: "Save question" }).press("Enter");
    await teacher.getByText("Saved to your library.").waitFor();

    for (const question of QUESTIONS) {
      await teacher.goto("/teach/library");
      await teacher.getByRole("link", { name: `Write a question from ${sourceTitle}` }).click();
      await teacher.getByRole("heading", { level: 1, name: "Write a question" }).waitFor();
      await teacher.getByLabel("Question type").selectOption(question.type);
      await teacher
        .getByLabel(question.type === "true-false" ? "Question (the statement)" : "Question", {
          exact: true,
        })
        .fill(question.prompt);
      await question.fill(teacher);
      await teacher
        .getByLabel("Why (the explanation students see)")
        .fill("Because the text says so.");
      await addQuote(teacher, question.evidence[0], question.evidence[1]);
      await teacher.getByRole("button", { name: "Save question" }).click();
      await teacher.getByText("Saved to your library.").waitFor();
    }

    // A set: four questions in every attempt, and a pool drawing one of two.
    const setTitle = `Aral check ${stamp}`;
    await teacher.goto("/teach/library");
    await teacher.getByLabel("Set title").fill(setTitle);
    await teacher.getByRole("button", { name: "Create set" }).click();
    await teacher.getByRole("heading", { level: 1, name: setTitle }).waitFor();
    await teacher.getByLabel("From", { exact: true }).selectOption("library");
    for (const prompt of [SINGLE_PROMPT, ...QUESTIONS.slice(0, 3).map((q) => q.prompt)]) {
      await teacher.getByRole("button", { name: `Add: ${prompt}`, exact: true }).click();
    }
    await teacher.getByRole("button", { name: "Add a section" }).click();
    await teacher.getByLabel("Section 2 title").fill("Pool");
    await teacher.getByLabel("Add to section").selectOption("1");
    for (const question of QUESTIONS.slice(3)) {
      await teacher.getByRole("button", { name: `Add: ${question.prompt}`, exact: true }).click();
    }
    await teacher.getByLabel("Section 2: questions drawn per attempt").fill("1");
    await teacher.getByRole("button", { name: "Save set" }).click();
    await teacher.getByText("Set saved.").waitFor();
    await expectNoSeriousAxeViolations(teacher);

    await teacher.getByRole("link", { name: className }).click();
    await teacher.getByRole("heading", { level: 1, name: `Assign to ${className}` }).waitFor();
    expect(await teacher.getByLabel("Your set", { exact: true }).inputValue()).not.toBe("");
    await teacher.getByLabel("Title", { exact: true }).fill(setTitle);
    await teacher.getByLabel("Correct answers and explanations").selectOption("after_each_attempt");
    await teacher.getByRole("button", { name: "Assign" }).click();
    await teacher.getByRole("heading", { level: 1, name: setTitle }).waitFor();

    await student.goto("/home");
    await student.getByRole("link", { name: setTitle }).click();
    await student.getByRole("button", { name: "Start assignment" }).click();
    await student.waitForURL(/\/attempts\/[^/]+$/);
    for (let number = 1; number <= 5; number++) {
      await student.getByRole("heading", { level: 2, name: `Question ${number} of 5` }).waitFor();
      await answerWithKeyboard(student);
      if (number < 5) await student.getByRole("button", { name: "Next" }).press("Enter");
    }
    await student.getByRole("status").filter({ hasText: "All answers saved" }).waitFor();
    await student.getByRole("button", { name: "Submit quiz" }).press("Enter");
    await student.waitForURL(/\/results$/);
    const resultsUrl = student.url();
    // Right answers come folded: open every review, as a student would to read them.
    const folded = student.locator("details:not([open]) > summary");
    while ((await folded.count()) > 0) await folded.first().click();
    await student.getByText(SINGLE_PROMPT).first().waitFor();
    await expectNoSeriousAxeViolations(student);
    await student
      .getByRole("link", { name: /See in the source/ })
      .first()
      .click();
    await student.getByRole("heading", { level: 1, name: sourceTitle }).waitFor();
    expect(await student.locator("mark").count()).toBe(1);
    await expectNoSeriousAxeViolations(student);

    // The teacher edits an answered question: a new version; the attempt keeps the one it took.
    const edited = "Which country finished the Kokaral dam in 2005?";
    await teacher.goto("/teach/library");
    await teacher.getByRole("link", { name: SINGLE_PROMPT }).click();
    await teacher.getByRole("heading", { level: 1, name: "Edit a question" }).waitFor();
    await teacher.getByLabel("Question", { exact: true }).fill(edited);
    await teacher.getByRole("button", { name: "Save question" }).click();
    await teacher.getByText(/^Saved as version 2\./).waitFor();

    await student.goto(resultsUrl);
    await student.getByText(SINGLE_PROMPT).first().waitFor({ state: "attached" });
    expect(await student.getByText(edited).count()).toBe(0);

    await teacher.goto("/teach");
    await teacher.getByRole("link", { name: className }).click();
    await teacher.getByRole("link", { name: setTitle }).click();
    const analysis = teacher.getByRole("table", { name: "Item analysis per question" });
    await analysis.getByText(/version 1; edited since, now version 2/).waitFor();
    await expectNoSeriousAxeViolations(teacher);
  }, 300_000);

  it("imports a file: preview and loss report first, then saves it and assigns an imported question", async () => {
    const stamp = Date.now();
    const { page: teacher } = await suite.newPage();
    await signIn(teacher, DEMO_TEACHER);
    const { className, student } = await newClassWithStudent(suite, teacher, stamp);
    const fileName = `aral-${stamp}.gift`;
    const gift = [
      "::Capital:: What is the capital of Kazakhstan? {=Astana ~Almaty ~Tashkent}",
      "",
      "::Dam:: The Kokaral dam was finished in 2005. {T}",
      "",
      "::Essay:: Describe what happened to the Aral Sea. {}",
      "",
    ].join("\n");

    await teacher.goto("/teach/library");
    await teacher.getByRole("link", { name: "Import a file" }).click();
    await teacher.getByRole("heading", { level: 1, name: "Import a file" }).waitFor();
    await expectNoSeriousAxeViolations(teacher);
    await teacher
      .getByLabel("File")
      .setInputFiles({ name: fileName, mimeType: "text/plain", buffer: Buffer.from(gift) });
    await teacher.getByText(`${fileName} is ready to read.`).waitFor();
    expect(await teacher.getByLabel("Format").inputValue()).toBe("gift");
    await teacher.getByRole("button", { name: "Read the file" }).click();
    await teacher.getByRole("heading", { level: 1, name: `Import preview: ${fileName}` }).waitFor();
    const report = teacher.getByRole("table", { name: "What happened to each item of the file" });
    expect(await report.getByRole("row").count()).toBe(4);
    await report.getByRole("row").filter({ hasText: "Essay" }).getByText("Dropped").waitFor();
    await teacher.getByText("What is the capital of Kazakhstan?").first().waitFor();
    await expectNoSeriousAxeViolations(teacher);
    await teacher.goto("/teach/library");
    expect(await teacher.getByText("What is the capital of Kazakhstan?").count()).toBe(0);
    await teacher.goBack();

    await teacher.getByRole("button", { name: "Save 2 items to your library" }).click();
    await teacher.getByRole("heading", { level: 1, name: `Imported from ${fileName}` }).waitFor();
    await teacher.getByText(/Questions marked “ungrounded” have no source quote yet/).waitFor();
    await teacher.getByText("ungrounded").first().waitFor();

    await teacher.getByRole("link", { name: className }).click();
    await teacher.getByRole("heading", { level: 1, name: `Assign to ${className}` }).waitFor();
    expect(await teacher.getByLabel("Your set", { exact: true }).inputValue()).not.toBe("");
    await teacher.getByLabel("Title", { exact: true }).fill(`Imported ${stamp}`);
    await teacher.getByRole("button", { name: "Assign" }).click();
    await teacher.getByRole("heading", { level: 1, name: `Imported ${stamp}` }).waitFor();
    await teacher.getByText(/^2 questions, 0 flashcards/).waitFor();

    await student.goto("/home");
    await student.getByRole("link", { name: `Imported ${stamp}` }).click();
    await student.getByRole("button", { name: "Start assignment" }).click();
    await student.getByRole("heading", { level: 2, name: "Question 1 of 2" }).waitFor();
  }, 240_000);
});

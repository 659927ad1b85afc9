import { bank } from "@quizdeck/content/bank";
import type { Question } from "@quizdeck/content/schema";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import {
  DEMO_TEACHER,
  describeInBrowser,
  expectNoSeriousAxeViolations,
  signIn,
} from "./support/browser-test.ts";
import { FORM_DATA, HttpClient } from "./support/http-client.ts";
import { answerWithKeyboard } from "./support/quiz-keyboard.ts";
import { serverActionId } from "./support/server-actions.ts";

/**
 * What gives a question's key away on a page a student can open: its
 * explanation, a correct flag or a correct answer in the page data, or the
 * feedback's "Correct answer". (Evidence quotes are not secret: they are the
 * public article's own sentences, shown on the article page and on cards.)
 */
function leaksOf(body: string, questions: Question[]): string[] {
  const text = body.replaceAll("<!-- -->", "");
  const found = [/"correct":true/, /"correctAnswer"/, /Correct answer/].flatMap((pattern) =>
    pattern.test(text) ? [String(pattern)] : [],
  );
  for (const question of questions) {
    if (text.includes(question.explanation.slice(0, 80)))
      found.push(`explanation of ${question.id}`);
  }
  return found;
}

async function takeWholeAttempt(page: Page) {
  const heading = page.getByRole("heading", { level: 2, name: /^Question \d+ of \d+$/ });
  await heading.waitFor();
  const total = Number(/of (\d+)$/.exec((await heading.textContent()) ?? "")?.[1]);
  for (let number = 1; number <= total; number++) {
    await page.getByRole("heading", { level: 2, name: `Question ${number} of ${total}` }).waitFor();
    await answerWithKeyboard(page);
    if (number < total) await page.getByRole("button", { name: "Next" }).press("Enter");
  }
  await page.getByRole("status").filter({ hasText: "All answers saved" }).waitFor();
  await page.getByRole("button", { name: "Submit quiz" }).press("Enter");
  await page.waitForURL(/\/results$/);
}

describeInBrowser("answer keys on the teacher's schedule", (suite) => {
  it("keeps an exam's key from the student until its release, everywhere they can look, and honours an accommodation", async () => {
    const stamp = Date.now();
    const className = `Exam class ${stamp}`;
    const studentName = `Dana Exam ${stamp}`;
    const email = `dana-${stamp}@example.test`;
    const password = "Samarkand-Tiles-2026";

    const { page: teacher } = await suite.newPage();
    await signIn(teacher, DEMO_TEACHER);
    await teacher.getByLabel("Class name").fill(className);
    await teacher.getByRole("button", { name: "Create class" }).click();
    await teacher.getByRole("heading", { level: 1, name: className }).waitFor();
    const joinCode =
      (await teacher
        .locator("strong")
        .filter({ hasText: /^[A-Z0-9]{7}$/ })
        .first()
        .textContent()) ?? "";

    const http = new HttpClient();
    await http.signUp(studentName, email, password, "student");
    const joined = await http.callAction(serverActionId("joinClassAction"), [{}, FORM_DATA], {
      joinCode,
    });
    expect(joined.status).toBe(200);

    // A graded assignment: answers after the due date unless the teacher says otherwise.
    await teacher.getByRole("link", { name: "Assign a question set" }).click();
    await teacher.getByLabel("Title").fill("Graded check");
    const setSelect = teacher.getByLabel("Question set");
    const setId =
      (await setSelect
        .locator("option")
        .evaluateAll((options) =>
          options.map((option) => (option as HTMLOptionElement).value).find((value) => value),
        )) ?? "";
    await setSelect.selectOption(setId);
    expect(await teacher.getByLabel("Correct answers and explanations").inputValue()).toBe(
      "after_due",
    );
    await expectNoSeriousAxeViolations(teacher);
    await teacher.getByRole("button", { name: "Assign" }).click();
    await teacher.getByRole("heading", { level: 1, name: "Graded check" }).waitFor();
    const assignmentUrl = teacher.url();
    const questions = (bank.sets.find((set) => set.id === setId)?.questionIds ?? []).map(
      (id) => bank.questions.find((question) => question.id === id) as Question,
    );
    expect(questions.length).toBeGreaterThan(0);

    // An accommodation for this student: one more attempt and a later due time.
    await teacher.getByLabel("Student").selectOption({ label: studentName });
    await teacher.getByLabel("Extra attempts").fill("1");
    await teacher.getByLabel("Later due time").fill("2099-06-01T09:00");
    await teacher.getByRole("button", { name: "Save accommodation" }).click();
    await teacher.getByText("Accommodation saved.").waitFor();
    await teacher.getByText(`${studentName}:`, { exact: false }).first().waitFor();
    expect(await teacher.getByRole("region", { name: "Accommodations" }).textContent()).toContain(
      "+1 attempt",
    );
    await expectNoSeriousAxeViolations(teacher);

    const { page: student } = await suite.newPage();
    await signIn(student, email, password);
    await student.goto(assignmentUrl.replace("/teach/assignments/", "/assignments/"));
    await student.getByRole("heading", { level: 1, name: "Graded check" }).waitFor();
    await student
      .getByText(/Answers and explanations are shown after the due date, .*2099/)
      .waitFor();
    await student.getByText("Your teacher has adjusted this assignment for you").waitFor();
    await expectNoSeriousAxeViolations(student);
    await student.getByRole("button", { name: "Start assignment" }).click();
    await student.waitForURL(/\/attempts\/[^/]+$/);
    await takeWholeAttempt(student);
    const resultsPath = new URL(student.url()).pathname;
    await student.getByText(/Answers and explanations are shown after the due date/).waitFor();
    expect(await student.getByRole("heading", { name: "Explanation" }).count()).toBe(0);
    await expectNoSeriousAxeViolations(student);

    // The key-leak walk: every page and API the student can reach, and a practice quiz.
    const practice = await http.callAction(
      serverActionId("startPracticeAction"),
      [{}, FORM_DATA],
      [
        ["feedbackMode", "immediate"],
        ["count", "20"],
      ],
    );
    const practicePath = /\/attempts\/[^/;?]+/.exec(
      practice.headers.get("x-action-redirect") ?? "",
    )?.[0];
    expect(practicePath, "a practice quiz from the whole bank").toBeDefined();
    const bySet = await http.callAction(
      serverActionId("startPracticeAction"),
      [{}, FORM_DATA],
      [["setId", setId]],
    );
    const walked = [
      "/home",
      assignmentUrl.replace(/^.*\/teach\/assignments\//, "/assignments/"),
      resultsPath,
      "/progress",
      "/practice",
      "/flashcards",
      "/article",
      "/api/flashcards/queue",
      `${practicePath}`,
      `${resultsPath.replace("/results", "")}`,
    ];
    for (const path of walked) {
      const response = await http.send("GET", path);
      const body = await response.text();
      expect(response.status, path).toBeLessThan(500);
      expect(leaksOf(body, questions), path).toEqual([]);
    }
    expect(leaksOf(await bySet.text(), questions), "practice of the set").toEqual([]);

    // Released after each attempt instead: the same walk now finds the key on the results page.
    await teacher.goto(assignmentUrl);
    await teacher.getByLabel("Correct answers and explanations").selectOption("after_each_attempt");
    await teacher.getByRole("button", { name: "Save settings" }).click();
    await teacher.getByText("Settings saved.").waitFor();
    const released = await (await http.send("GET", resultsPath)).text();
    expect(leaksOf(released, questions).length).toBeGreaterThan(0);
  });
});

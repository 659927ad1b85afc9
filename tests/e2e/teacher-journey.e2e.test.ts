import { expect, it } from "vitest";
import {
  DEMO_TEACHER,
  describeInBrowser,
  expectNoSeriousAxeViolations,
  signIn,
} from "./support/browser-test.ts";
import { answerWithKeyboard } from "./support/quiz-keyboard.ts";

describeInBrowser("a teacher's class", (suite) => {
  it("creates a class, a student joins by code, takes the assigned set, and the teacher sees it everywhere", async () => {
    const stamp = Date.now();
    const className = `Period 3 ${stamp}`;
    const studentName = `Zarina Test ${stamp}`;

    const teacherSession = await suite.newPage();
    const teacher = teacherSession.page;
    await signIn(teacher, DEMO_TEACHER);
    await teacher.waitForURL("**/teach");
    await expectNoSeriousAxeViolations(teacher);
    await teacher.getByLabel("Class name").fill(className);
    await teacher.getByRole("button", { name: "Create class" }).click();
    await teacher.getByRole("heading", { level: 1, name: className }).waitFor();
    await expectNoSeriousAxeViolations(teacher);
    const joinCode =
      (await teacher
        .locator("strong")
        .filter({ hasText: /^[A-Z0-9]{7}$/ })
        .first()
        .textContent()) ?? "";
    expect(joinCode).toMatch(/^[A-HJKMNP-Z2-9]{7}$/);

    const studentSession = await suite.newPage();
    const student = studentSession.page;
    await student.goto("/sign-up");
    await student.getByLabel("Name").fill(studentName);
    await student.getByLabel("Email").fill(`zarina-${stamp}@example.test`);
    await student.getByLabel("Password").fill("Bukhara-Minaret-1127");
    await student.getByRole("button", { name: "Create account" }).click();
    await student.waitForURL("**/home");
    expect(await student.getByText("You are not in a class yet.").count()).toBe(1);
    await student.getByLabel("Class join code").fill("WRONG99");
    await student.getByRole("button", { name: "Join class" }).click();
    await student
      .getByText("No class has that join code. Check it with your teacher.")
      .first()
      .waitFor();
    await student
      .getByLabel("Class join code")
      .fill(`${joinCode.slice(0, 3).toLowerCase()} ${joinCode.slice(3)}`);
    await student.getByRole("button", { name: "Join class" }).click();
    await student.getByText(`You joined ${className}.`).waitFor();

    await teacher.getByRole("link", { name: "Assign a question set" }).click();
    await teacher.getByRole("heading", { level: 1, name: `Assign to ${className}` }).waitFor();
    await expectNoSeriousAxeViolations(teacher);
    await teacher.getByLabel("Title").fill("Central Asia check");
    await teacher.getByLabel("Question set").selectOption("s-central-asian-states");
    await teacher.getByLabel("Attempts allowed").fill("2");
    await teacher.getByRole("button", { name: "Assign" }).click();
    await teacher.getByRole("heading", { level: 1, name: "Central Asia check" }).waitFor();
    expect(await teacher.getByText("No submitted attempts yet.").count()).toBe(1);

    await student.goto("/home");
    await student.getByRole("link", { name: "Central Asia check" }).click();
    await student.getByRole("heading", { level: 1, name: "Central Asia check" }).waitFor();
    await expectNoSeriousAxeViolations(student);
    await student.getByRole("button", { name: "Start assignment" }).click();
    await student.waitForURL(/\/attempts\/[^/]+$/);
    for (let number = 1; number <= 10; number++) {
      await student.getByRole("heading", { level: 2, name: `Question ${number} of 10` }).waitFor();
      await answerWithKeyboard(student);
      if (number < 10) await student.getByRole("button", { name: "Next" }).press("Enter");
    }
    await student.getByRole("status").filter({ hasText: "All answers saved" }).waitFor();
    await student.getByRole("button", { name: "Submit quiz" }).press("Enter");
    await student.waitForURL(/\/results$/);
    const scoreText =
      (await student
        .getByText(/^\d+%$/)
        .first()
        .textContent()) ?? "";
    expect(scoreText).toMatch(/^\d+%$/);

    await teacher.goto("/teach");
    await teacher.getByRole("link", { name: className }).click();
    await teacher.getByRole("link", { name: "Gradebook" }).click();
    await teacher.getByRole("heading", { level: 1, name: `Gradebook: ${className}` }).waitFor();
    await expectNoSeriousAxeViolations(teacher);
    const row = teacher
      .getByRole("row")
      .filter({ has: teacher.getByRole("link", { name: studentName }) });
    expect(await row.textContent()).toContain(`best ${scoreText}`);

    const csv = await teacher.request.get(
      (await teacher.getByRole("link", { name: "Download as CSV" }).getAttribute("href")) ?? "",
    );
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const text = await csv.text();
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split("\r\n");
    expect(lines[0]).toBe("Student,Email,Assignment,Due (UTC),Best %,Last %,Attempts,Late");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`${studentName},zarina-${stamp}@example.test,Central Asia check,`);
    const [, , , , best, last, attempts, late] = lines[1]?.split(",") ?? [];
    expect(Math.round(Number(best))).toBe(Number(scoreText.replace("%", "")));
    expect([last, attempts, late]).toEqual([best, "1", "no"]);

    await teacher.getByRole("link", { name: studentName }).click();
    await teacher.getByRole("heading", { level: 1, name: studentName }).waitFor();
    await teacher.getByText(`the chance that ${studentName} would still remember`).waitFor();
    await expectNoSeriousAxeViolations(teacher);

    await teacher.goto("/teach");
    await teacher.getByRole("link", { name: className }).click();
    await teacher.getByRole("link", { name: "Central Asia check" }).click();
    await teacher.getByRole("heading", { level: 2, name: "Item analysis" }).waitFor();
    expect(await teacher.getByText(/first submitted attempt \(1 student\)/).count()).toBe(1);
    const analysis = teacher.getByRole("table", { name: "Item analysis per question" });
    expect(await analysis.getByRole("row").count()).toBe(11);
    // One student says nothing about an item: no D, no r, no flags, and how many more are needed.
    expect(await teacher.getByText(/9 more students needed/).count()).toBe(1);
    const analysisText = (await analysis.textContent()) ?? "";
    expect(analysisText).not.toMatch(/too easy|too hard|0\.00/);
    expect(await analysis.getByText("needs 9 more students").count()).toBe(10);
    await expectNoSeriousAxeViolations(teacher);

    await teacher
      .getByRole("link", { name: "Read the article with the class's accuracy in the margin" })
      .click();
    await teacher.getByRole("heading", { name: "The class's weakest paragraphs" }).waitFor();
    await expectNoSeriousAxeViolations(teacher);

    await teacher.goto("/teach");
    await teacher.getByRole("link", { name: className }).click();
    await teacher.getByRole("link", { name: "Class memory" }).click();
    await teacher.getByRole("table", { name: "Predicted class recall per topic" }).waitFor();
    await teacher
      .getByText(/a week from now/)
      .first()
      .waitFor();
    expect(
      await teacher.getByRole("columnheader", { name: "Predicted recall in a week" }).count(),
    ).toBe(1);
    await expectNoSeriousAxeViolations(teacher);

    await teacher.goto("/teach/export");
    await expectNoSeriousAxeViolations(teacher);
    const gift = await teacher.request.get("/api/export?format=gift&set=s-central-asian-states");
    expect(gift.status()).toBe(200);
    expect(await gift.text()).toContain("$CATEGORY: top/quizdeck/s-central-asian-states");

    await teacherSession.context.close();
    await studentSession.context.close();
  }, 240_000);
});

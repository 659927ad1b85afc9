import { bank } from "@quizdeck/content/bank";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import {
  DEMO_TEACHER,
  describeInBrowser,
  expectNoSeriousAxeViolations,
  signIn,
} from "./support/browser-test.ts";

/** Text boxes, number and date fields whose computed style is the browser's bare default. */
function unstyledInputs(page: Page): Promise<string[]> {
  return page.locator("main input").evaluateAll((inputs) =>
    inputs
      .filter(
        (input) => !["checkbox", "radio", "hidden"].includes((input as HTMLInputElement).type),
      )
      .filter((input) => (input as HTMLElement).offsetParent !== null)
      .filter((input) => {
        const style = getComputedStyle(input);
        return style.borderTopLeftRadius !== "8px" || Number.parseFloat(style.minHeight) < 40;
      })
      .map((input) => (input as HTMLInputElement).name || input.id),
  );
}

describeInBrowser("a teacher's pages, opened at 127.0.0.1", (suite) => {
  it("styles every field, writes form errors for people, says when a paste was cut, shares a join link that works where it was opened, and reaches the export page from the navigation", async () => {
    // The app is configured as http://localhost:<port>; the teacher types 127.0.0.1.
    const origin = suite.baseUrl.replace("://localhost:", "://127.0.0.1:");
    const teacherContext = await suite.browser.newContext({ baseURL: origin, timezoneId: "UTC" });
    teacherContext.setDefaultTimeout(15_000);
    await teacherContext.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    const teacher = await teacherContext.newPage();
    await signIn(teacher, DEMO_TEACHER);
    await teacher.waitForURL("**/teach");
    expect(await unstyledInputs(teacher)).toEqual([]);

    // An empty name: the message once, under the field; the summary names the field by its label.
    await teacher.getByRole("button", { name: "Create class" }).click();
    await teacher.getByText("Please check this field: Class name.").waitFor();
    expect(await teacher.getByText("Give the class a name.").count()).toBe(1);
    const name = teacher.getByLabel("Class name");
    expect(await name.getAttribute("aria-describedby")).toContain("field-name-error");
    const text = (await teacher.locator("main").textContent()) ?? "";
    expect(text).not.toMatch(/Invalid input|name:|fieldErrors/);
    await expectNoSeriousAxeViolations(teacher);

    // A pasted name longer than the limit: cut, and said so.
    const longName = `Period 3 ${"and a very long tail ".repeat(6)}`;
    expect(longName.length).toBeGreaterThan(80);
    await teacher.evaluate((value) => navigator.clipboard.writeText(value), longName);
    await name.fill("");
    await name.focus();
    await teacher.keyboard.press("Control+V");
    expect(await name.inputValue()).toBe(longName.slice(0, 80));
    await teacher
      .getByRole("status")
      .filter({
        hasText: `this field takes at most 80 characters, so the last ${longName.length - 80} characters were left out`,
      })
      .waitFor();
    await teacher.getByText("80 of 80 characters").waitFor();

    const className = `Period 3 ${Date.now()}`;
    await name.fill(className);
    expect(await teacher.getByText(/^That did not all fit/).count()).toBe(0);
    await teacher.getByRole("button", { name: "Create class" }).click();
    await teacher.getByRole("heading", { level: 1, name: className }).waitFor();
    expect(await unstyledInputs(teacher)).toEqual([]);

    // The join link points where the teacher is, so a student there is still signed in.
    const joinLink = teacher.getByRole("link", { name: /\/classes\/join\?code=/ });
    const href = (await joinLink.getAttribute("href")) ?? "";
    expect(href.startsWith(`${origin}/classes/join?code=`)).toBe(true);

    const studentContext = await suite.browser.newContext({ baseURL: origin, timezoneId: "UTC" });
    studentContext.setDefaultTimeout(15_000);
    const student = await studentContext.newPage();
    await student.goto("/sign-up");
    await student.getByLabel("Name").fill(`Jo Link ${Date.now()}`);
    await student.getByLabel("Email").fill(`jo-link-${Date.now()}@example.test`);
    await student.getByLabel("Password").fill("Bukhara-Domes-4455");
    await student.getByRole("button", { name: "Create account" }).click();
    await student.waitForURL("**/home");
    await student.goto(href);
    await student.getByRole("heading", { level: 1, name: "Join a class" }).waitFor();
    await student.getByRole("button", { name: "Join class" }).click();
    await student.getByText(`You joined ${className}.`).waitFor();

    await teacher.getByRole("link", { name: "Assign a question set" }).click();
    await teacher.getByRole("heading", { level: 1, name: `Assign to ${className}` }).waitFor();
    expect(await unstyledInputs(teacher)).toEqual([]);

    // Due in six days and a few hours, no time limit: the quiz says so in words, not as a clock.
    const due = new Date(Date.now() + 6 * 86_400_000 + 3 * 3_600_000);
    await teacher.getByLabel("Title").fill("Due next week");
    await teacher.getByLabel("Question set").selectOption("s-central-asian-states");
    await teacher.getByLabel("Due", { exact: true }).fill(due.toISOString().slice(0, 16));
    await teacher.getByRole("button", { name: "Assign" }).click();
    await teacher.getByRole("heading", { level: 1, name: "Due next week" }).waitFor();
    await student.goto("/home");
    await student.getByRole("link", { name: "Due next week" }).click();
    await student.getByRole("button", { name: "Start assignment" }).click();
    await student.waitForURL(/\/attempts\/[^/]+$/);
    const timer = student.getByRole("timer");
    await timer.waitFor();
    expect(await timer.textContent()).toBe("in 6 days");
    expect(await timer.getAttribute("aria-label")).toBe("Due in 6 days");
    await studentContext.close();

    // Export is in the navigation, and the only current section there.
    const nav = teacher.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: "Export" }).click();
    await teacher.getByRole("heading", { level: 1, name: "Export for another tool" }).waitFor();
    expect(await nav.getByRole("link", { name: "Export" }).getAttribute("aria-current")).toBe(
      "page",
    );
    expect(
      await nav.getByRole("link", { name: "Classes" }).getAttribute("aria-current"),
    ).toBeNull();

    // Every choice of what to export is there in full, nothing cut off.
    const what = teacher.getByRole("group", { name: "What" });
    expect(await what.getByRole("radio").count()).toBe(bank.sets.length + 1);
    const clipped = await what
      .locator("label")
      .evaluateAll((labels) =>
        labels
          .filter((label) => label.scrollWidth > label.clientWidth)
          .map((label) => label.textContent),
      );
    expect(clipped).toEqual([]);
    await expectNoSeriousAxeViolations(teacher);
    await teacherContext.close();
  }, 180_000);
});

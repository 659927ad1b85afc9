import { expect, it } from "vitest";
import {
  DEMO_STUDENT,
  describeInBrowser,
  expectNoSeriousAxeViolations,
  signIn,
} from "./support/browser-test.ts";

describeInBrowser("accounts", (suite) => {
  it("shows clear messages for bad sign-up input, then signs up a new student", async () => {
    const { page, context } = await suite.newPage();
    await page.goto("/sign-up");
    await expectNoSeriousAxeViolations(page);
    await page.getByRole("button", { name: "Create account" }).click();
    // The summary names the fields as their labels do; each message is said once, under its field.
    await page
      .locator("#sign-up-message")
      .getByText("Please check these fields: Name, Email, Password.")
      .waitFor();
    expect(await page.getByText("Enter your name.").count()).toBe(1);
    expect(await page.getByText(/fieldErrors|Invalid input|name:/).count()).toBe(0);
    expect(await page.getByLabel("Name").getAttribute("aria-invalid")).toBe("true");

    await page.getByLabel("Name").fill("Nadia Example");
    await page.getByLabel("Email").fill(`nadia-${Date.now()}@example.test`);
    await page.getByLabel("Password").fill("password123");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect
      .poll(() => page.getByText(/one of the most common ones/).count())
      .toBeGreaterThan(0);
    expect(await page.getByLabel("Name").inputValue()).toBe("Nadia Example");

    await page.getByLabel("Password").fill("Tashkent-Reading-2026");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL("**/home");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Welcome, Nadia Example",
    );
    await expectNoSeriousAxeViolations(page);
    const cookies = await context.cookies();
    const session = cookies.find((cookie) => cookie.name.includes("session_token"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    await context.close();
  });

  it("says the same thing for a wrong password and an unknown email", async () => {
    const { page, context } = await suite.newPage();
    await page.goto("/sign-in");
    await expectNoSeriousAxeViolations(page);
    for (const email of [DEMO_STUDENT, "nobody-here@example.test"]) {
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill("not-the-password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page
        .locator("#sign-in-message")
        .getByText("That email and password do not match an account.")
        .waitFor();
    }
    await context.close();
  });

  it("signs in the demo student and shows what is due", async () => {
    const { page, context } = await suite.newPage();
    await signIn(page, DEMO_STUDENT);
    expect(new URL(page.url()).pathname).toBe("/home");
    expect(await page.getByRole("heading", { name: "Assignments" }).isVisible()).toBe(true);
    expect(
      await page.getByRole("link", { name: "Whole-article review", exact: true }).isVisible(),
    ).toBe(true);
    expect(await page.getByText(/Study streak/).isVisible()).toBe(true);
    const goals = page.getByRole("region", { name: "Goals from your teachers" });
    expect(await goals.textContent()).toMatch(
      /Keep at least 90% predicted recall of the 59 cards of “Whole-article review”/,
    );
    expect(await goals.getByRole("link", { name: "Review these cards" }).getAttribute("href")).toBe(
      "/flashcards?set=s-whole-article-exam",
    );
    await expectNoSeriousAxeViolations(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await context.close();
  });

  it("answers an unknown page with a helpful 404", async () => {
    const { page, context } = await suite.newPage();
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    expect(await page.getByRole("heading", { name: "Page not found" }).isVisible()).toBe(true);
    await expectNoSeriousAxeViolations(page);
    await context.close();
  });
});

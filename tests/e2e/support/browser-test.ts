import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject } from "vitest";
import { HAS_CHROMIUM, launchChromium } from "./chromium.ts";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export const DEMO_PASSWORD = "quizdeck-demo";
export const DEMO_STUDENT = "student@quizdeck.test";
export const DEMO_TEACHER = "teacher@quizdeck.test";

export interface BrowserSuite {
  baseUrl: string;
  browser: Browser;
  newPage(): Promise<{ context: BrowserContext; page: Page }>;
}

/**
 * A describe block with a browser; it runs only where Chromium is installed
 * (global setup has already said so loudly, or failed the run in CI).
 */
export function describeInBrowser(name: string, body: (suite: BrowserSuite) => void) {
  describe.runIf(HAS_CHROMIUM)(name, () => {
    const suite = {} as BrowserSuite;
    beforeAll(async () => {
      suite.baseUrl = inject("baseUrl");
      suite.browser = await launchChromium();
      suite.newPage = async () => {
        const context = await suite.browser.newContext({ baseURL: suite.baseUrl });
        context.setDefaultTimeout(15_000);
        return { context, page: await context.newPage() };
      };
    });
    afterAll(async () => {
      await suite.browser?.close();
    });
    body(suite);
  });
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

/** Runs axe-core on the page; serious and critical violations fail the test. */
export async function expectNoSeriousAxeViolations(page: Page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: Document) => Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: unknown }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map(
        (violation) =>
          `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(", ")})`,
      );
  });
  expect(violations, `axe-core on ${page.url()}`).toEqual([]);
}

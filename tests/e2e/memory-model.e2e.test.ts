import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { E2E_DIST_DIR, ROOT } from "./support/app-server.ts";
import {
  DEMO_TEACHER,
  describeInBrowser,
  expectNoSeriousAxeViolations,
  signIn,
} from "./support/browser-test.ts";

/** A demo student no other end-to-end test signs in as: this file changes her target recall. */
const STUDENT = "chloe@quizdeck.test";

/** Reloads until `ready` holds: the background job and the time-zone report take their moment. */
async function reloadUntil(page: Page, ready: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`not ready after ${timeoutMs} ms: ${page.url()}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await page.reload();
  }
}

describeInBrowser("the fitted memory model in the app", (suite) => {
  it("stores the student's time zone, forecasts their workload at their target recall, and lets them choose another", async () => {
    const context = await suite.browser.newContext({
      baseURL: suite.baseUrl,
      timezoneId: "Asia/Almaty",
    });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await signIn(page, STUDENT);
    await page.goto("/progress");
    const section = page.getByRole("region", { name: "Target recall and workload" });
    await reloadUntil(
      page,
      async () => ((await section.textContent()) ?? "").includes("4 a.m. in Asia/Almaty"),
      20_000,
    );

    const figure = page.getByRole("figure", {
      name: "Expected flashcard reviews per day, next 30 days",
    });
    await figure.waitFor();
    const chart = figure.getByRole("img");
    expect(await chart.getAttribute("aria-label")).toMatch(
      /^Expected flashcard reviews per day over the next 30 days at 90% target recall: /,
    );
    await figure.getByText("Show as table").click();
    const table = figure.getByRole("table", {
      name: "Expected flashcard reviews per day, next 30 days",
    });
    expect(await table.getByRole("columnheader").allTextContents()).toEqual([
      "Day",
      "Expected reviews",
    ]);
    expect(await table.getByRole("row").count()).toBeGreaterThan(1);
    await expectNoSeriousAxeViolations(page);

    const targets = page.getByRole("group", { name: "Target recall" });
    const radios = targets.getByRole("radio");
    expect(await radios.count()).toBe(4);
    expect(await targets.getByRole("radio", { name: /^90% — / }).isChecked()).toBe(true);
    await targets.getByRole("radio", { name: /^85% — .* reviews? in the next 30 days$/ }).check();
    await page.getByRole("button", { name: "Save target" }).click();
    await page.getByText("Target recall set to 85%.").waitFor();
    await page.getByRole("img", { name: /at 85% target recall/ }).waitFor({ timeout: 15_000 });
    expect(await targets.getByRole("radio", { name: /^85% — / }).isChecked()).toBe(true);
    await expectNoSeriousAxeViolations(page);
    await context.close();
  }, 120_000);

  it("shows the teacher how well the model predicts for the class, and which parameters its students use", async () => {
    const context = await suite.browser.newContext({ baseURL: suite.baseUrl, timezoneId: "UTC" });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await signIn(page, DEMO_TEACHER);
    await page.waitForURL("**/teach");
    const href = await page
      .getByRole("link", { name: "Current Affairs 11 (demo)", exact: true })
      .getAttribute("href");
    await page.goto(`${href}/memory`);
    await page.getByRole("heading", { name: "How well the memory model predicts" }).waitFor();

    const usage = page.getByRole("table", { name: "Parameters in use" });
    expect(await usage.getByRole("rowheader").allTextContents()).toEqual([
      "Fitted to the student's own reviews",
      "This class's pooled fit",
      "Another class's pooled fit (one with more reviews)",
      "FSRS's standard parameters",
    ]);
    const counts = (await usage.getByRole("cell").allTextContents()).map(Number);
    expect(counts.reduce((sum, value) => sum + value, 0)).toBeGreaterThanOrEqual(5);

    // The worker fits the demo class soon after the server starts.
    const figure = page.getByRole("figure", { name: "Predicted and actual recall" });
    await reloadUntil(page, () => figure.isVisible(), 90_000);
    expect(await figure.getByRole("img").getAttribute("aria-label")).toMatch(
      /^Predicted against actual recall of [\d,]+ reviews, in bins of predicted recall; predictions are off by [\d.]+ percentage points on average\.$/,
    );
    await figure.getByText("Show as table").click();
    const table = figure.getByRole("table", { name: "Predicted and actual recall" });
    expect(await table.getByRole("columnheader").allTextContents()).toEqual([
      "Predicted recall",
      "Reviews",
      "Mean prediction",
      "Actually recalled",
    ]);
    expect(await table.getByRole("rowheader").allTextContents()).toEqual([
      "under 50%",
      "50–60%",
      "60–70%",
      "70–80%",
      "80–90%",
      "90–100%",
    ]);
    await expectNoSeriousAxeViolations(page);
    await context.close();
  }, 150_000);
});

/** Every server file the build would load for `roots`, following the chunk paths each names. */
function reachable(server: string, dist: string, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, ref] of readFileSync(file, "utf8").matchAll(/"([^"\s]+\.js)"/g)) {
      if (!ref) continue;
      for (const candidate of [join(dist, ref), join(server, ref)]) {
        if (existsSync(candidate) && !seen.has(candidate)) queue.push(candidate);
      }
    }
  }
  return seen;
}

function entries(dir: string, name: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entries(path, name);
    return name.test(entry.name) ? [path] : [];
  });
}

describe("the build", () => {
  it("loads fsrs-rs's native optimizer in the background worker only, never for a page or a route", () => {
    const dist = join(ROOT, "apps", "web", E2E_DIST_DIR);
    const server = join(dist, "server");
    const loadsBinding = (file: string) =>
      /require\("@open-spaced-repetition\/binding[^"]*"\)|"@open-spaced-repetition\/binding[^"]*"/.test(
        readFileSync(file, "utf8"),
      );
    const requests = [
      ...entries(join(server, "app"), /^(page|route)\.js$/),
      join(server, "middleware.js"),
    ];
    expect(requests.length).toBeGreaterThan(20);
    const offenders = [...reachable(server, dist, requests)].filter(loadsBinding);
    expect(offenders).toEqual([]);
    // The check can see it: the worker's own bundle does load it.
    const worker = [...reachable(server, dist, [join(server, "instrumentation.js")])];
    expect(worker.some(loadsBinding)).toBe(true);
  });
});

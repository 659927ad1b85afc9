import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { bank } from "@quizdeck/content/bank";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { E2E_AUTH_SECRET, E2E_DIST_DIR, ROOT } from "./support/app-server.ts";
import {
  DEMO_PASSWORD,
  DEMO_STUDENT,
  DEMO_TEACHER,
  describeInBrowser,
  signIn,
} from "./support/browser-test.ts";
import { cspDirectives, scriptNonce, scriptNonces, watchCspViolations } from "./support/csp.ts";
import { HttpClient } from "./support/http-client.ts";
import { answerWithKeyboard } from "./support/quiz-keyboard.ts";

describe("security basics", () => {
  it("sends strict security headers on pages, APIs, static files and the proxy's own refusals", async () => {
    const client = new HttpClient();
    const signInPage = await (await client.get("/sign-in")).text();
    const chunk = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(signInPage)?.[1];
    expect(chunk, "a script file on /sign-in").toBeDefined();
    const paths = [
      "/",
      "/sign-in",
      "/no-such-page",
      "/api/export?format=json",
      `${chunk}`,
      "/%E0%A4%A",
    ];
    for (const path of paths) {
      const response = await client.get(path);
      const csp = cspDirectives(response.headers.get("content-security-policy"));
      expect(csp.get("default-src"), path).toEqual(["'self'"]);
      expect(csp.get("frame-ancestors"), path).toEqual(["'none'"]);
      expect(csp.get("object-src"), path).toEqual(["'none'"]);
      expect(csp.get("script-src"), path).not.toContain("'unsafe-inline'");
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("referrer-policy"), path).toBe("same-origin");
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
      expect(response.headers.get("permissions-policy"), path).toContain("camera=()");
      expect(response.headers.get("x-powered-by"), path).toBeNull();
    }
  });

  it("sets an HttpOnly, SameSite session cookie", async () => {
    const client = new HttpClient();
    const response = await client.post("/api/auth/sign-in/email", {
      email: DEMO_STUDENT,
      password: DEMO_PASSWORD,
    });
    expect(response.status).toBe(200);
    const session = response.headers
      .getSetCookie()
      .find((cookie) => cookie.includes("session_token="));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
  });

  it("rate-limits sign-in per address with 429 and Retry-After, without locking out other addresses", async () => {
    // A different unknown account each time: the per-account backoff stays out of it.
    const attacker = new HttpClient();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 11; i++) {
      const response = await attacker.post("/api/auth/sign-in/email", {
        email: `nobody-${i}-${Date.now()}@example.test`,
        password: "wrong-password",
      });
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get("retry-after");
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);

    const owner = new HttpClient();
    const response = await owner.post("/api/auth/sign-in/email", {
      email: DEMO_STUDENT,
      password: DEMO_PASSWORD,
    });
    expect(response.status).toBe(200);
  });

  it("gives the same answer for a wrong password and an unknown account", async () => {
    const client = new HttpClient();
    const wrong = await client.post("/api/auth/sign-in/email", {
      email: DEMO_STUDENT,
      password: "nope-nope-nope",
    });
    const unknown = await new HttpClient().post("/api/auth/sign-in/email", {
      email: "nobody-at-all@example.test",
      password: "nope-nope-nope",
    });
    expect(wrong.status).toBe(unknown.status);
    expect((await wrong.json()).message).toBe((await unknown.json()).message);
  });
});

describe("content security policy", () => {
  it("allows scripts by a nonce that is new on every request, never by 'unsafe-inline'", async () => {
    const client = new HttpClient();
    const nonces = [];
    for (let i = 0; i < 3; i++) {
      const response = await client.get("/sign-in");
      const csp = cspDirectives(response.headers.get("content-security-policy"));
      expect(csp.get("script-src")).toContain("'strict-dynamic'");
      expect(csp.get("script-src")).not.toContain("'unsafe-inline'");
      expect(csp.get("style-src")).not.toContain("'unsafe-inline'");
      nonces.push(scriptNonce(response.headers.get("content-security-policy")));
    }
    expect(nonces.every((nonce) => nonce && nonce.length >= 22)).toBe(true);
    expect(new Set(nonces).size).toBe(nonces.length);
  });

  it("puts the response's nonce on every script of every page, and renders no <style> element", async () => {
    const student = new HttpClient();
    await student.signIn(DEMO_STUDENT, DEMO_PASSWORD);
    const teacher = new HttpClient();
    await teacher.signIn(DEMO_TEACHER, DEMO_PASSWORD);
    const visitors: [HttpClient, string[]][] = [
      [new HttpClient(), ["/", "/sign-in", "/sign-up", "/no-such-page", "/no-such-icon.ico"]],
      [student, ["/home", "/practice", "/flashcards", "/progress", "/classes/join"]],
      [teacher, ["/teach", "/teach/export", "/article"]],
    ];
    for (const [client, paths] of visitors) {
      for (const path of paths) {
        const response = await client.get(path);
        expect([200, 404], path).toContain(response.status);
        const nonce = scriptNonce(response.headers.get("content-security-policy"));
        const html = await response.text();
        const scripts = scriptNonces(html);
        expect(nonce, path).toBeDefined();
        expect(scripts.length, `scripts on ${path}`).toBeGreaterThan(0);
        expect(new Set(scripts), `script nonces on ${path}`).toEqual(new Set([nonce]));
        // style-src allows no inline <style> element (only style attributes).
        expect(html, path).not.toMatch(/<style[\s>]/i);
      }
    }
  });
});

describe("the client files", () => {
  const staticDir = resolve(ROOT, "apps", "web", E2E_DIST_DIR, "static");
  const files = readdirSync(staticDir, { recursive: true, encoding: "utf8" })
    .map((name) => join(staticDir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ path, text: readFileSync(path, "utf8") }));
  const filesWith = (needle: string) =>
    files.filter((file) => file.text.includes(needle)).map((file) => file.path);

  it("are the build's client code, so a search there means something", () => {
    expect(files.filter((file) => file.path.endsWith(".js")).length).toBeGreaterThan(5);
    // Text of the quiz player, a client component: the search does see client code.
    expect(filesWith("All answers saved").length).toBeGreaterThan(0);
  });

  it("carry no secret, no database address and no server-only module", () => {
    const markers = [
      E2E_AUTH_SECRET, // what the build and the server were given
      "BETTER_AUTH_SECRET",
      "DATABASE_URL",
      "postgresql://",
      "quizdeck-development-secret", // the web app's env module (server-only)
      "QUIZDECK_DATA_DIR", // the store's env module
      "_prisma_migrations", // the store's migration runner
      "PrismaClient", // the generated database client
    ];
    expect(markers.filter((marker) => filesWith(marker).length > 0)).toEqual([]);
  });

  it("carry no question from the bank: answer keys stay on the server", () => {
    const leaked = bank.questions.filter((question) => filesWith(question.id).length > 0);
    expect(leaked.map((question) => question.id)).toEqual([]);
  });
});

/** Some element React renders on every page has been hydrated: the page's scripts ran. */
async function expectHydrated(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const main = document.querySelector("main");
          return main !== null && Object.keys(main).some((key) => key.startsWith("__reactFiber"));
        }),
      { message: `React hydrated ${page.url()}` },
    )
    .toBe(true);
}

describeInBrowser("pages under the content security policy", (suite) => {
  it("run for a visitor, a student and a teacher with no violation, and their client components work", async () => {
    const { context, page } = await suite.newPage();
    const violations = await watchCspViolations(context);
    const visit = async (path: string) => {
      const response = await page.goto(path);
      expect(
        scriptNonce((await response?.allHeaders())?.["content-security-policy"] ?? null),
      ).toBeDefined();
      expect(violations, `CSP violations on ${path}`).toEqual([]);
      await expectHydrated(page);
    };

    // The watcher sees a violation when there is one: an injected <style> element.
    await visit("/sign-in");
    await page.evaluate(() => document.head.append(document.createElement("style")));
    const seen = () => [
      violations.some((text) => !text.startsWith("console ")),
      violations.some((text) => text.startsWith("console ")),
    ];
    await expect.poll(seen, { message: "the event and the console error" }).toEqual([true, true]);
    violations.length = 0;

    for (const path of ["/", "/sign-up", "/no-such-page"]) await visit(path);

    await signIn(page, DEMO_STUDENT);
    for (const path of ["/home", "/progress", "/article", "/classes/join", "/practice"]) {
      await visit(path);
    }
    // The quiz player takes and saves an answer.
    await page.getByRole("button", { name: "Practise “The Central Asian states”" }).click();
    await page.waitForURL(/\/attempts\/[^/]+$/);
    await expectHydrated(page);
    await answerWithKeyboard(page);
    await page.getByRole("status").filter({ hasText: "All answers saved" }).waitFor();
    // The flashcard session turns a card over.
    await visit("/flashcards");
    await page.getByRole("button", { name: "Show answer" }).waitFor();
    await page.keyboard.press("Space");
    await page.getByRole("region", { name: "Answer" }).waitFor();

    await context.clearCookies();
    await signIn(page, DEMO_TEACHER);
    await visit("/teach");
    const classPath = await page
      .getByRole("link", { name: "Current Affairs 11 (demo)", exact: true })
      .first()
      .getAttribute("href");
    await visit(`${classPath}`);
    const assignmentPath = await page
      .locator('main a[href^="/teach/assignments/"]')
      .first()
      .getAttribute("href");
    const studentPath = await page
      .locator('main a[href*="/students/"]')
      .first()
      .getAttribute("href");
    for (const path of [
      `${assignmentPath}`,
      `${studentPath}`,
      `${classPath}/memory`,
      "/teach/export",
    ]) {
      await visit(path);
    }
    // A client-side navigation loads its code through the bootstrap script ('strict-dynamic').
    await visit(`${classPath}`);
    await page.getByRole("link", { name: "Gradebook" }).click();
    await page.waitForURL(/\/gradebook$/);
    await page.getByRole("heading", { level: 1 }).waitFor();
    // The assignment form picks questions from the bank without a server round trip.
    await visit(`${classPath}/assignments/new`);
    await page.getByLabel("Pick questions from the bank").check();
    await page.getByRole("heading", { name: "Picked questions, in order (0)" }).waitFor();
    await page
      .getByRole("button", { name: /^Add: / })
      .first()
      .click();
    await page.getByRole("heading", { name: "Picked questions, in order (1)" }).waitFor();

    expect(violations).toEqual([]);
    await context.close();
  }, 180_000);
});

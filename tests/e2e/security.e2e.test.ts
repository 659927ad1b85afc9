import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD, DEMO_STUDENT } from "./support/browser-test.ts";
import { HttpClient } from "./support/http-client.ts";

describe("security basics", () => {
  it("sends strict security headers on pages and APIs", async () => {
    const client = new HttpClient();
    for (const path of ["/", "/sign-in", "/api/export?format=json"]) {
      const response = await client.get(path);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("object-src 'none'");
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("referrer-policy"), path).toBe("same-origin");
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
    const attacker = new HttpClient();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 8; i++) {
      const response = await attacker.post("/api/auth/sign-in/email", {
        email: DEMO_STUDENT,
        password: `wrong-${i}`,
      });
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get("retry-after");
    }
    expect(statuses.slice(0, 5).every((status) => status === 401)).toBe(true);
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

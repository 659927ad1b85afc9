import { betterAuth } from "better-auth";
import { memoryAdapter } from "better-auth/adapters/memory";
import { beforeAll, describe, expect, it } from "vitest";
import { SESSION_POLICY } from "@/server/policy/sessions";
import { readCachedSession, type SessionCookieNames } from "./session-cookie";

const SECRET = "session-cookie-test-secret-0123456789abcdef";

interface MemoryStore {
  user: unknown[];
  session: { id: string }[];
  account: unknown[];
  verification: unknown[];
}

/** A Better Auth configured as the app's (cookie cache on), on an in-memory store. */
function testAuth(
  store: MemoryStore = { user: [], session: [], account: [], verification: [] },
  secret = SECRET,
) {
  return betterAuth({
    baseURL: "http://localhost:3000",
    secret,
    database: memoryAdapter(store as unknown as Parameters<typeof memoryAdapter>[0]),
    emailAndPassword: { enabled: true, autoSignIn: true },
    user: {
      additionalFields: {
        role: { type: "string", required: true, defaultValue: "student", input: false },
      },
    },
    session: { cookieCache: { enabled: true, maxAge: SESSION_POLICY.cookieCacheSeconds } },
    rateLimit: { enabled: false },
  });
}

/** The Cookie header a browser sends back after these Set-Cookie headers. */
function cookieHeaderFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

const names: SessionCookieNames = {
  token: "better-auth.session_token",
  data: "better-auth.session_data",
};

describe("readCachedSession", () => {
  let cookie = "";
  beforeAll(async () => {
    const response = await testAuth().api.signUpEmail({
      body: { email: "ada@example.org", password: "correct horse battery", name: "Ada" },
      asResponse: true,
    });
    expect(response.status).toBe(200);
    cookie = cookieHeaderFrom(response);
  });

  it("reads the session from the cookies Better Auth sets, with the user's own fields", () => {
    const cached = readCachedSession(cookie, names, SECRET);
    expect(cached?.user).toMatchObject({ email: "ada@example.org", name: "Ada", role: "student" });
    expect(cached?.session.userId).toBe(cached?.user.id);
    expect(Date.parse(cached?.session.createdAt ?? "")).toBeLessThanOrEqual(Date.now());
  });

  it("accepts what Better Auth's own cookie-cache check accepts", async () => {
    const fromBetterAuth = await testAuth().api.getSession({ headers: new Headers({ cookie }) });
    expect(readCachedSession(cookie, names, SECRET)?.session.id).toBe(fromBetterAuth?.session.id);
  });

  it("refuses cookies signed with another secret", () => {
    expect(readCachedSession(cookie, names, `${SECRET}-other`)).toBeNull();
  });

  it("refuses a cache whose contents were changed, even by one role", () => {
    const data = /better-auth\.session_data=([^;]+)/.exec(cookie)?.[1] ?? "";
    const cache = JSON.parse(Buffer.from(data, "base64url").toString("utf8"));
    cache.session.user.role = "teacher";
    const forged = Buffer.from(JSON.stringify(cache)).toString("base64url");
    expect(readCachedSession(cookie.replace(data, forged), names, SECRET)).toBeNull();
  });

  it("refuses a cache for another session's token", async () => {
    const other = await testAuth().api.signUpEmail({
      body: { email: "grace@example.org", password: "correct horse battery", name: "Grace" },
      asResponse: true,
    });
    const otherToken = /better-auth\.session_token=([^;]+)/.exec(cookieHeaderFrom(other))?.[1];
    const mixed = cookie.replace(
      /better-auth\.session_token=[^;]+/,
      `better-auth.session_token=${otherToken}`,
    );
    expect(readCachedSession(mixed, names, SECRET)).toBeNull();
  });

  it("refuses a cache past its lifetime: Better Auth is asked, and reads the database", () => {
    const inTwoMinutes = Date.now() + 2 * 60_000;
    expect(readCachedSession(cookie, names, SECRET, inTwoMinutes)).toBeNull();
  });

  it("refuses no cookies, a missing cache, and garbage", () => {
    expect(readCachedSession(null, names, SECRET)).toBeNull();
    const tokenOnly = /better-auth\.session_token=[^;]+/.exec(cookie)?.[0] ?? "";
    expect(readCachedSession(tokenOnly, names, SECRET)).toBeNull();
    expect(
      readCachedSession(`${tokenOnly}; better-auth.session_data=%%%`, names, SECRET),
    ).toBeNull();
    expect(readCachedSession("better-auth.session_token=x.y", names, SECRET)).toBeNull();
  });

  it("honours a revoked session for at most SESSION_POLICY.cookieCacheSeconds, then no more", async () => {
    const store: MemoryStore = { user: [], session: [], account: [], verification: [] };
    const revokable = testAuth(store);
    const signedUp = await revokable.api.signUpEmail({
      body: { email: "lin@example.org", password: "correct horse battery", name: "Lin" },
      asResponse: true,
    });
    const revokedCookie = cookieHeaderFrom(signedUp);
    const signedInAt = Date.now();
    store.session.length = 0;

    // The window the README states: the signed cache still vouches for the deleted session...
    const withinWindow = signedInAt + (SESSION_POLICY.cookieCacheSeconds - 1) * 1000;
    expect(readCachedSession(revokedCookie, names, SECRET, withinWindow)?.user.email).toBe(
      "lin@example.org",
    );
    // ...and once it has expired the caller asks Better Auth, which reads the store and refuses it.
    const afterWindow = signedInAt + (SESSION_POLICY.cookieCacheSeconds + 1) * 1000;
    expect(readCachedSession(revokedCookie, names, SECRET, afterWindow)).toBeNull();
    const fromDatabase = await revokable.api.getSession({
      headers: new Headers({ cookie: revokedCookie }),
      query: { disableCookieCache: true },
    });
    expect(fromDatabase).toBeNull();
  });
});

import { ConflictError, NotFoundError } from "@quizdeck/db/errors";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { CurrentUser } from "@/lib/session";

const session = vi.hoisted(() => ({
  user: null as CurrentUser | null,
  setCookies: [] as string[],
}));
vi.mock("@/lib/session", () => ({
  sessionOf: async () => ({ user: session.user, setCookies: session.setCookies }),
}));

const { defineRoute } = await import("./define-route");

const STUDENT: CurrentUser = {
  id: "u-student",
  name: "S",
  email: "s@x.test",
  role: "student",
  admin: false,
  timeZone: null,
};
const ORIGIN = "http://app.test";

function post(body: unknown, headers: Record<string, string> = {}) {
  return new Request(`${ORIGIN}/api/thing?x=1`, {
    method: "POST",
    headers: { host: "app.test", origin: ORIGIN, "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}
const noParams = { params: Promise.resolve({}) };

describe("defineRoute", () => {
  const handle = vi.fn(async (context: { body: unknown }) => ({ echoed: context.body }));
  const route = defineRoute({
    access: "student",
    body: z.object({ n: z.number({ error: "n must be a number." }) }),
    handle,
  });

  beforeEach(() => {
    session.user = STUDENT;
    session.setCookies = [];
    handle.mockClear();
  });

  async function errorOf(response: Response) {
    return { status: response.status, body: (await response.json()) as { error: unknown } };
  }

  it("calls the use case with the parsed body and answers JSON", async () => {
    const response = await route(post({ n: 2 }), noParams);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ echoed: { n: 2 } });
    expect(response.headers.get("cache-control")).toContain("no-store");
  });

  it("refuses in a fixed order: origin, session, role, body", async () => {
    expect(
      await errorOf(await route(post({ n: 2 }, { origin: "https://evil.test" }), noParams)),
    ).toMatchObject({ status: 403, body: { error: { code: "CROSS_ORIGIN" } } });
    session.user = null;
    expect(await errorOf(await route(post("not json"), noParams))).toMatchObject({
      status: 401,
      body: { error: { code: "UNAUTHENTICATED" } },
    });
    session.user = { ...STUDENT, role: "teacher" };
    expect((await route(post({ n: 2 }), noParams)).status).toBe(403);
    session.user = STUDENT;
    expect(await errorOf(await route(post("{"), noParams))).toMatchObject({
      status: 400,
      body: { error: { code: "BAD_REQUEST" } },
    });
    expect(await errorOf(await route(post({ n: "2" }), noParams))).toMatchObject({
      status: 422,
      body: { error: { code: "INVALID_INPUT", fieldErrors: { n: ["n must be a number."] } } },
    });
    expect((await route(post({ n: 2 }, { "content-type": "text/plain" }), noParams)).status).toBe(
      415,
    );
    expect(handle).not.toHaveBeenCalled();
  });

  it("maps the store's errors through the table, and a lost database to 503 with Retry-After", async () => {
    handle.mockRejectedValueOnce(new NotFoundError("That attempt does not exist."));
    expect(await errorOf(await route(post({ n: 1 }), noParams))).toEqual({
      status: 404,
      body: { error: { code: "NOT_FOUND", message: "That attempt does not exist." } },
    });
    handle.mockRejectedValueOnce(new ConflictError("Already submitted."));
    expect((await route(post({ n: 1 }), noParams)).status).toBe(409);
    handle.mockRejectedValueOnce(
      Object.assign(new Error("Connection terminated unexpectedly"), { code: "ECONNRESET" }),
    );
    const outage = await route(post({ n: 1 }), noParams);
    expect(outage.status).toBe(503);
    expect(outage.headers.get("retry-after")).toBe("2");
  });

  it("puts the cookie cache Better Auth renewed on the reply, a refusal's too", async () => {
    session.setCookies = ["better-auth.session_data=renewed; Path=/; HttpOnly"];
    expect((await route(post({ n: 2 }), noParams)).headers.getSetCookie()).toEqual(
      session.setCookies,
    );
    expect((await route(post({ n: "2" }), noParams)).headers.getSetCookie()).toEqual(
      session.setCookies,
    );
  });

  it("lets a fault of ours through as a fault (a 500, logged by Next.js)", async () => {
    handle.mockRejectedValueOnce(new TypeError("bug"));
    await expect(route(post({ n: 1 }), noParams)).rejects.toThrow("bug");
  });

  it("answers a path segment that cannot be an id with 404", async () => {
    const byId = defineRoute({
      access: "student",
      params: z.object({ id: z.string().regex(/^[a-z]+$/, "That thing does not exist.") }),
      async handle({ params }) {
        return params;
      },
    });
    const response = await byId(new Request(`${ORIGIN}/x`), {
      params: Promise.resolve({ id: "../etc" }),
    });
    expect(await errorOf(response)).toMatchObject({
      status: 404,
      body: { error: { code: "NOT_FOUND", message: "That thing does not exist." } },
    });
  });

  it("never looks the session up on a public route", async () => {
    session.user = STUDENT;
    const open = defineRoute({
      access: "public",
      async handle({ user }) {
        return { user };
      },
    });
    expect(await (await open(new Request(`${ORIGIN}/x`), noParams)).json()).toEqual({ user: null });
  });
});

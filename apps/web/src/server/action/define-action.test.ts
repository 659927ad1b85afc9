import { InvalidInputError, NotFoundError } from "@quizdeck/db/errors";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { CurrentUser } from "@/lib/session";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
const navigation = vi.hoisted(() => ({ revalidated: [] as string[] }));
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));
vi.mock("@/lib/session", () => ({
  getCurrentUser: async () => session.user,
  homeFor: (role: string) => (role === "teacher" ? "/teach" : "/home"),
}));
vi.mock("next/cache", () => ({
  revalidatePath: (path: string) => navigation.revalidated.push(path),
}));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error(`redirect ${to}`), { redirectTo: to });
  },
  unstable_rethrow: (error: unknown) => {
    if (error instanceof Error && "redirectTo" in error) throw error;
  },
}));

const { defineAction } = await import("./define-action");

const TEACHER: CurrentUser = {
  id: "u-t",
  name: "T",
  email: "t@x.test",
  role: "teacher",
  admin: false,
  timeZone: null,
};

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields))
    for (const item of [value].flat()) data.append(key, item);
  data.append("$ACTION_ID_abc", "");
  return data;
}

describe("defineAction", () => {
  const handle = vi.fn(async (_context: { input: unknown }) => ({
    message: "Saved.",
    revalidate: ["/teach"],
  }));
  const action = defineAction({
    access: "teacher",
    input: z.object({
      name: z.string().min(1, "Give it a name."),
      tags: z.array(z.string()).optional(),
    }),
    returnTo: () => "/teach",
    handle,
  });

  beforeEach(() => {
    session.user = TEACHER;
    navigation.revalidated = [];
    request.headers = new Headers();
    handle.mockClear();
  });

  it("parses the form, calls the use case, revalidates what it names, confirms", async () => {
    expect(await action({}, form({ name: "History", tags: ["a", "b"] }))).toEqual({
      ok: true,
      message: "Saved.",
    });
    expect(handle.mock.calls[0]?.[0]).toMatchObject({
      input: { name: "History", tags: ["a", "b"] },
    });
    expect(navigation.revalidated).toEqual(["/teach"]);
  });

  it("sends a signed-out caller to sign in and back, and a wrong role home", async () => {
    session.user = null;
    await expect(action({}, form({ name: "x" }))).rejects.toMatchObject({
      redirectTo: "/sign-in?returnTo=%2Fteach",
    });
    session.user = { ...TEACHER, role: "student" };
    await expect(action({}, form({ name: "x" }))).rejects.toMatchObject({ redirectTo: "/home" });
    expect(handle).not.toHaveBeenCalled();
  });

  it("puts field messages under their fields, keeps what was typed, never a password", async () => {
    const state = await action({}, form({ name: "", password: "secret-1" }));
    expect(state).toEqual({ fieldErrors: { name: ["Give it a name."] }, values: { name: "" } });
    expect(handle).not.toHaveBeenCalled();
  });

  it("turns the store's refusals into one message for the form", async () => {
    handle.mockRejectedValueOnce(new NotFoundError("That class does not exist."));
    expect(await action({}, form({ name: "x" }))).toEqual({
      message: "That class does not exist.",
      values: { name: "x" },
    });
    handle.mockRejectedValueOnce(
      new InvalidInputError("Invalid input: _: Pick one.", { _: ["Pick one."] }),
    );
    expect(await action({}, form({ name: "x" }))).toMatchObject({ message: "Pick one." });
  });

  it("follows the use case's redirect, and lets a fault through", async () => {
    handle.mockResolvedValueOnce({ redirectTo: "/teach/classes/c1" } as never);
    await expect(action({}, form({ name: "x" }))).rejects.toMatchObject({
      redirectTo: "/teach/classes/c1",
    });
    handle.mockRejectedValueOnce(new TypeError("bug"));
    await expect(action({}, form({ name: "x" }))).rejects.toThrow("bug");
  });

  it("answers an action server.mjs shed with the form's message, without running it or asking who", async () => {
    request.headers.set("x-quizdeck-shed-retry-after", "3");
    session.user = null;
    expect(await action({}, form({ name: "History" }))).toEqual({
      message: "quizdeck is busy just now and did not do this. Try again in 3 seconds.",
      values: { name: "History" },
    });
    expect(handle).not.toHaveBeenCalled();
  });

  it("tells a form whose statements were dropped (its client hung up) the request was abandoned", async () => {
    // As Prisma passes it on: the driver's error as the cause of its own.
    const dropped = Object.assign(new Error("not run"), { name: "ClientGoneError" });
    handle.mockRejectedValueOnce(new Error("Prisma query failed", { cause: dropped }));
    expect(await action({}, form({ name: "x" }))).toEqual({
      message: "The request was abandoned.",
      values: { name: "x" },
    });
  });
});

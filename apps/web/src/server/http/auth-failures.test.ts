import { describe, expect, it } from "vitest";
import { answeredByBetterAuth, rememberAuthFailure } from "./auth-failures";

/** Better Auth's way with a failure: the hook hears of it, the client gets a bare 500. */
async function failingWith(error: unknown): Promise<Response> {
  await Promise.resolve();
  rememberAuthFailure(error);
  return new Response(null, { status: 500 });
}

describe("answeredByBetterAuth", () => {
  it("throws the cause of a 500 given because the database was away, for the error table's 503", async () => {
    const lost = Object.assign(new Error("Connection terminated unexpectedly"), {});
    await expect(answeredByBetterAuth(() => failingWith(lost))).rejects.toBe(lost);
    const shutDown = Object.assign(new Error("terminating connection"), { code: "57P01" });
    await expect(answeredByBetterAuth(() => failingWith(shutDown))).rejects.toBe(shutDown);
  });

  it("leaves any other failure, and every reply that is not a 5xx, as Better Auth gave it", async () => {
    const bug = new TypeError("undefined is not a function");
    expect((await answeredByBetterAuth(() => failingWith(bug))).status).toBe(500);
    const refused = new Response("{}", { status: 401 });
    expect(await answeredByBetterAuth(async () => refused)).toBe(refused);
  });

  it("keeps each request's cause to itself", async () => {
    const lost = new Error("Connection terminated unexpectedly");
    const [first, second] = await Promise.allSettled([
      answeredByBetterAuth(() => failingWith(lost)),
      answeredByBetterAuth(async () => new Response(null, { status: 500 })),
    ]);
    expect(first.status).toBe("rejected");
    expect(second).toMatchObject({ status: "fulfilled" });
  });
});

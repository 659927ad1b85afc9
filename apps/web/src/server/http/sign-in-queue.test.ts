import { describe, expect, it, vi } from "vitest";
import { inSignInQueue, signInQueue } from "./sign-in-queue";

describe("inSignInQueue", () => {
  it("runs a sign-in whose client is still waiting", async () => {
    expect(await inSignInQueue(async () => "signed in", new AbortController().signal)).toBe(
      "signed in",
    );
  });

  it("drops, unrun, a sign-in whose client hung up before its turn", async () => {
    const gone = new AbortController();
    gone.abort();
    const signIn = vi.fn(async () => "signed in");
    await expect(inSignInQueue(signIn, gone.signal)).rejects.toMatchObject({
      code: "CLIENT_GONE",
    });
    expect(signIn).not.toHaveBeenCalled();
  });
});

describe("signInQueue", () => {
  it("refuses a sign-in (503) once as many wait as it holds, and takes them again as they drain", async () => {
    const inQueue = signInQueue(1, 2);
    let release = () => {};
    const running = inQueue(() => new Promise<void>((resolve) => (release = resolve)));
    const waiting = [inQueue(async () => "first"), inQueue(async () => "second")];
    await expect(inQueue(async () => "third")).rejects.toMatchObject({ code: "UNAVAILABLE" });
    release();
    await running;
    expect(await Promise.all(waiting)).toEqual(["first", "second"]);
    expect(await inQueue(async () => "later")).toBe("later");
  });
});

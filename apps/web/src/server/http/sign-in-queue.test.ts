import { describe, expect, it, vi } from "vitest";
import { inSignInQueue } from "./sign-in-queue";

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

import { describe, expect, it } from "vitest";
import type { Reply } from "@/lib/outbox/retry-policy";
import { submitAttempt } from "./submit-attempt";

const answering = (reply: Reply) => {
  const paths: string[] = [];
  const post = async (path: string) => {
    paths.push(path);
    return reply;
  };
  return { paths, post };
};

describe("submitAttempt", () => {
  it("posts to the attempt's submit route and returns the reply", async () => {
    const server = answering({
      status: 200,
      body: { attemptId: "a/1", score: 0.5, alreadySubmitted: false },
      retryAfterMs: null,
    });
    await expect(submitAttempt("a/1", server.post)).resolves.toEqual({
      ok: true,
      reply: { attemptId: "a/1", score: 0.5, alreadySubmitted: false },
    });
    expect(server.paths).toEqual(["/api/attempts/a%2F1/submit"]);
  });

  it("shows the server's message for a final refusal", async () => {
    const server = answering({
      status: 409,
      body: { error: { code: "CONFLICT", message: "This attempt is already submitted." } },
      retryAfterMs: null,
    });
    await expect(submitAttempt("a1", server.post)).resolves.toEqual({
      ok: false,
      message: "This attempt is already submitted.",
    });
  });

  it("says the server cannot be reached, and that the answers are safe", async () => {
    const server = answering(null);
    await expect(submitAttempt("a1", server.post)).resolves.toEqual({
      ok: false,
      message: "The server cannot be reached. Your answers are safe; submit again in a moment.",
    });
  });

  it("asks to try again when the server is busy", async () => {
    const server = answering({ status: 503, body: null, retryAfterMs: 2_000 });
    const result = await submitAttempt("a1", server.post);
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.message).toMatch(/Try again in a moment\.$/);
  });
});

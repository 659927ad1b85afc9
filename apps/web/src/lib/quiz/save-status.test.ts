import { describe, expect, it } from "vitest";
import type { AnswerOutboxState } from "@/lib/outbox/answer-outbox";
import { CHECKING_SAVED_ANSWERS, describeAnswerSaving } from "./save-status";

const settled: AnswerOutboxState = {
  pending: 0,
  sending: false,
  online: true,
  problem: null,
  lastError: null,
  durable: true,
};

const waiting = (problem: AnswerOutboxState["problem"], pending = 1): AnswerOutboxState => ({
  ...settled,
  pending,
  problem,
});

describe("describeAnswerSaving", () => {
  it("claims nothing before the browser's copy of waiting answers has been read", () => {
    expect(describeAnswerSaving(null)).toBe(CHECKING_SAVED_ANSWERS);
    expect(CHECKING_SAVED_ANSWERS).not.toMatch(/saved$/i);
  });

  it("says all answers are saved only when nothing waits", () => {
    expect(describeAnswerSaving(settled)).toBe("All answers saved");
    expect(describeAnswerSaving({ ...settled, pending: 1, sending: true })).toBe("Saving…");
  });

  it("says the server cannot be reached when the browser is online but no reply comes", () => {
    const message = describeAnswerSaving(
      waiting({ kind: "unreachable", message: "The server cannot be reached.", nextRetryAt: 5 }),
    );
    expect(message).toBe("Cannot reach the server — 1 answer kept on this device, retrying…");
    expect(message).not.toMatch(/offline/i);
  });

  it("says offline only when the browser says so", () => {
    expect(
      describeAnswerSaving({
        ...waiting({ kind: "offline", message: "No network connection.", nextRetryAt: null }, 2),
        online: false,
      }),
    ).toBe("Offline — 2 answers kept on this device, sent when the connection is back.");
    expect(describeAnswerSaving({ ...settled, online: false })).toBe(
      "Offline — all answers so far are saved.",
    );
  });

  it("names a server that asks to wait, and a signed-out student", () => {
    expect(
      describeAnswerSaving(waiting({ kind: "server", message: "HTTP 503", nextRetryAt: 5 }, 3)),
    ).toBe("Saving is delayed — 3 answers waiting, retrying…");
    expect(
      describeAnswerSaving(waiting({ kind: "signed-out", message: "Sign in.", nextRetryAt: 5 })),
    ).toMatch(/^Signed out — 1 answer waiting/);
  });

  it("shows the server's message for an answer it refused", () => {
    expect(
      describeAnswerSaving({
        ...settled,
        lastError: {
          item: {
            questionId: "q1",
            clientId: "c",
            revision: 1,
            response: {},
            timeSpentMs: 0,
            queuedAt: 0,
          },
          status: 422,
          code: "INVALID_INPUT",
          message: "not a single-choice response",
        },
      }),
    ).toBe("Not saved: not a single-choice response");
  });
});

import { describe, expect, it } from "vitest";
import type { ReviewOutboxState } from "@/lib/outbox/review-outbox";
import { describeReviewSaving } from "./save-status";

const idle: ReviewOutboxState = {
  pending: 0,
  sending: false,
  online: true,
  problem: null,
  lastError: null,
  durable: true,
};

describe("describeReviewSaving", () => {
  it("says all ratings are saved once there were some and nothing waits", () => {
    expect(describeReviewSaving(idle, true)).toEqual({
      state: "idle",
      text: "All ratings saved",
      stuck: false,
    });
    expect(describeReviewSaving(idle, false).text).toBe("");
    expect(describeReviewSaving({ ...idle, pending: 2, sending: true }, true).text).toBe("Saving…");
  });

  it("says the server cannot be reached when the browser is online, and offers Retry now", () => {
    const status = describeReviewSaving(
      {
        ...idle,
        pending: 2,
        problem: { kind: "unreachable", message: "The server cannot be reached.", nextRetryAt: 1 },
      },
      true,
    );
    expect(status).toEqual({
      state: "retrying",
      text: "Not saved yet. The server cannot be reached. Retrying automatically; your 2 changes are kept on this device.",
      stuck: true,
    });
  });

  it("says offline when the browser is", () => {
    expect(
      describeReviewSaving(
        {
          ...idle,
          pending: 1,
          online: false,
          problem: { kind: "offline", message: "", nextRetryAt: null },
        },
        true,
      ),
    ).toEqual({
      state: "offline",
      text: "Offline: your 1 change is kept on this device and sent when the connection is back.",
      stuck: false,
    });
  });

  it("passes on why the server asked to wait, and asks a signed-out learner to sign in", () => {
    const busy = describeReviewSaving(
      {
        ...idle,
        pending: 1,
        problem: { kind: "server", message: "The server is busy (HTTP 503).", nextRetryAt: 1 },
      },
      true,
    );
    expect(busy.text).toContain("The server is busy (HTTP 503).");
    const signedOut = describeReviewSaving(
      {
        ...idle,
        pending: 1,
        problem: { kind: "signed-out", message: "Sign in to continue.", nextRetryAt: 1 },
      },
      true,
    );
    expect(signedOut).toMatchObject({ state: "paused", stuck: true });
    expect(signedOut.text).toMatch(/^Not saved yet\. Sign in to continue\. Sign in again/);
  });
});

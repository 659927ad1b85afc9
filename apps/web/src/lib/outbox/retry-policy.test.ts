import { describe, expect, it } from "vitest";
import {
  classifyReply,
  isRetryableStatus,
  MAX_RETRY_AFTER_MS,
  parseRetryAfter,
  retryDelay,
} from "./retry-policy";
import { NO_RESPONSE, reply } from "./test-fakes";

describe("classifyReply", () => {
  it("treats a 2xx with a JSON body as done, keeping the body", () => {
    expect(classifyReply(reply(200, { status: "duplicate", feedback: { score: 1 } }))).toEqual({
      kind: "done",
      value: { status: "duplicate", feedback: { score: 1 } },
    });
    expect(classifyReply(reply(201, null))).toEqual({ kind: "done", value: null });
  });

  it("retries a 2xx that is not JSON: a portal or a proxy answered, nothing was stored", () => {
    expect(classifyReply(reply(200, undefined))).toMatchObject({
      kind: "retry",
      reason: "unreachable",
    });
  });

  it("retries when no reply came back, saying the server cannot be reached", () => {
    expect(classifyReply(NO_RESPONSE)).toEqual({
      kind: "retry",
      reason: "unreachable",
      message: "The server cannot be reached.",
      retryAfterMs: null,
    });
  });

  it("retries 408, 425, 429 and 5xx, passing Retry-After on", () => {
    for (const status of [408, 425, 429, 500, 502, 503, 504]) {
      expect(classifyReply(reply(status, null, 3_000))).toMatchObject({
        kind: "retry",
        reason: "server",
        retryAfterMs: 3_000,
      });
    }
  });

  it("keeps a signed-out student's items (401), with the server's message", () => {
    expect(
      classifyReply(
        reply(401, { error: { code: "UNAUTHENTICATED", message: "Sign in to continue." } }),
      ),
    ).toEqual({ kind: "signed-out", message: "Sign in to continue." });
  });

  it("makes every other 4xx final, with the server's code and message", () => {
    expect(
      classifyReply(
        reply(410, {
          error: { code: "DEADLINE_PASSED", message: "Time is up for this attempt." },
        }),
      ),
    ).toEqual({
      kind: "rejected",
      status: 410,
      code: "DEADLINE_PASSED",
      message: "Time is up for this attempt.",
    });
    for (const status of [400, 403, 404, 409, 413, 415, 422]) {
      expect(classifyReply(reply(status, undefined))).toMatchObject({
        kind: "rejected",
        code: `HTTP_${status}`,
        message: `The server refused it (HTTP ${status}).`,
      });
    }
  });
});

describe("isRetryableStatus", () => {
  it("is true for what asks to come back later or is not an HTTP answer at all", () => {
    const retryable = [0, 101, 302, 408, 425, 429, 500, 503, 599];
    const final = [400, 401, 403, 404, 409, 410, 413, 422];
    expect(retryable.filter((status) => !isRetryableStatus(status))).toEqual([]);
    expect(final.filter(isRetryableStatus)).toEqual([]);
  });
});

describe("retryDelay", () => {
  const middle = () => 0.5;

  it("doubles from the base delay up to the cap", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 30].map((failures) => retryDelay(failures, null, middle))).toEqual(
      [1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000],
    );
  });

  it("spreads each wait by ±25%", () => {
    expect(retryDelay(3, null, () => 0)).toBe(3_000);
    expect(retryDelay(3, null, () => 0.999_999)).toBe(5_000);
  });

  it("never waits less than Retry-After, spread above it by up to one base delay", () => {
    expect(retryDelay(1, 10_000, () => 0)).toBe(10_000);
    expect(retryDelay(1, 10_000, middle)).toBe(10_500);
    // A long backoff is not shortened by a short Retry-After.
    expect(retryDelay(6, 2_000, middle)).toBe(30_000);
  });

  it("takes other timings", () => {
    expect(retryDelay(4, null, middle, 100, 500)).toBe(500);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-03-02T10:00:00Z");

  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("2", now)).toBe(2_000);
    expect(parseRetryAfter("Mon, 02 Mar 2026 10:00:30 GMT", now)).toBe(30_000);
  });

  it("caps a long wait, floors a date in the past at 0, and ignores what it cannot read", () => {
    expect(parseRetryAfter("86400", now)).toBe(MAX_RETRY_AFTER_MS);
    expect(parseRetryAfter("Mon, 02 Mar 2026 09:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter("", now)).toBeNull();
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter("-5", now)).toBeNull();
  });
});

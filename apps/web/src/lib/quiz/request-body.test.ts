import { describe, expect, it } from "vitest";
import { isPlausibleId, MAX_TIME_SPENT_MS, validateResponseBody } from "./request-body";

const valid = {
  questionId: "r0123456789abcdef",
  clientId: "7d0c5c4e-1b7e-4a4f-9d1e-2f6f2a0c9b11",
  revision: 2,
  response: { type: "single-choice", choiceId: "b" },
  timeSpentMs: 4200,
};

describe("validateResponseBody", () => {
  it("accepts a well-formed answer", () => {
    expect(validateResponseBody(valid)).toEqual({ ok: true, value: valid });
  });

  it("defaults and clamps timeSpentMs instead of refusing a long stay", () => {
    const { timeSpentMs: _omitted, ...withoutTime } = valid;
    expect(validateResponseBody(withoutTime)).toMatchObject({
      ok: true,
      value: { timeSpentMs: 0 },
    });
    expect(validateResponseBody({ ...valid, timeSpentMs: 10 ** 12 })).toMatchObject({
      ok: true,
      value: { timeSpentMs: MAX_TIME_SPENT_MS },
    });
    expect(validateResponseBody({ ...valid, timeSpentMs: 12.7 })).toMatchObject({
      ok: true,
      value: { timeSpentMs: 13 },
    });
  });

  it.each([
    ["a body that is not an object", "hello", "_"],
    ["null", null, "_"],
    ["an array", [valid], "_"],
    ["a missing questionId", { ...valid, questionId: undefined }, "questionId"],
    ["a numeric questionId", { ...valid, questionId: 12 }, "questionId"],
    ["a huge questionId", { ...valid, questionId: "q".repeat(10_000) }, "questionId"],
    ["a short clientId", { ...valid, clientId: "abc" }, "clientId"],
    ["a huge clientId", { ...valid, clientId: "c".repeat(5_000) }, "clientId"],
    ["a string revision", { ...valid, revision: "2" }, "revision"],
    ["a fractional revision", { ...valid, revision: 1.5 }, "revision"],
    ["a zero revision", { ...valid, revision: 0 }, "revision"],
    ["a huge revision", { ...valid, revision: 1e9 }, "revision"],
    ["a string response", { ...valid, response: "b" }, "response"],
    ["a response without type", { ...valid, response: { choiceId: "b" } }, "response"],
    ["a missing response", { ...valid, response: undefined }, "response"],
    ["a negative time", { ...valid, timeSpentMs: -1 }, "timeSpentMs"],
    ["a string time", { ...valid, timeSpentMs: "5" }, "timeSpentMs"],
    ["an unknown field", { ...valid, userId: "someone-else" }, "_"],
  ])("refuses %s with a message for that field", (_name, body, field) => {
    const result = validateResponseBody(body);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^Invalid answer: /);
    expect(Object.keys(result.fieldErrors)).toContain(field);
  });

  it("names missing fields as missing", () => {
    const result = validateResponseBody({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors.questionId).toEqual(["questionId is missing."]);
    expect(result.fieldErrors.clientId).toEqual(["clientId is missing."]);
  });
});

describe("isPlausibleId", () => {
  it("accepts our ids and refuses anything else", () => {
    expect(isPlausibleId("0194f7b2-9a3c-7def-8abc-0123456789ab")).toBe(true);
    for (const id of ["", "x".repeat(101), "../etc", "a b", "%00", "abc?x=1"]) {
      expect(isPlausibleId(id)).toBe(false);
    }
  });
});

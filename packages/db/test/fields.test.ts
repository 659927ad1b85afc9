import { describe, expect, it } from "vitest";
import { InvalidInputError, parseWith } from "../src/errors.ts";
import { answerBodySchema, reviewBodySchema } from "../src/fields/answer.ts";
import { isPlausibleId } from "../src/fields/ids.ts";
import { LIMITS } from "../src/fields/limits.ts";

const valid = {
  questionId: "r0123456789abcdef",
  clientId: "7d0c5c4e-1b7e-4a4f-9d1e-2f6f2a0c9b11",
  revision: 2,
  response: { type: "single-choice", choiceId: "b" },
  timeSpentMs: 4200,
};

function refusal(schema: Parameters<typeof parseWith>[0], body: unknown): InvalidInputError {
  try {
    parseWith(schema, body);
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
  throw new Error("accepted");
}

describe("the answer body", () => {
  it("accepts a well-formed answer", () => {
    expect(parseWith(answerBodySchema, valid)).toEqual(valid);
  });

  it("defaults and clamps timeSpentMs instead of refusing a long stay", () => {
    const { timeSpentMs: _omitted, ...withoutTime } = valid;
    expect(parseWith(answerBodySchema, withoutTime).timeSpentMs).toBe(0);
    expect(parseWith(answerBodySchema, { ...valid, timeSpentMs: 10 ** 12 }).timeSpentMs).toBe(
      LIMITS.timeSpentMaxMs,
    );
    expect(parseWith(answerBodySchema, { ...valid, timeSpentMs: 12.7 }).timeSpentMs).toBe(13);
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
    ["a clientId with spaces", { ...valid, clientId: "has spaces in it" }, "clientId"],
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
    const error = refusal(answerBodySchema, body);
    expect(error.message).toMatch(/^Invalid input: /);
    expect(Object.keys(error.fieldErrors)).toContain(field);
  });

  it("names missing fields as missing", () => {
    const error = refusal(answerBodySchema, {});
    expect(error.fieldErrors.questionId).toEqual(["questionId is missing."]);
    expect(error.fieldErrors.clientId).toEqual(["clientId is missing."]);
  });
});

describe("the rating body", () => {
  it("accepts a well-formed rating and names what is wrong with a bad one", () => {
    expect(
      parseWith(reviewBodySchema, { flashcardId: "c-x", rating: 4, clientId: "0123456789abcdef" }),
    ).toMatchObject({ rating: 4 });
    const error = refusal(reviewBodySchema, { flashcardId: 7, rating: 5, clientId: "short" });
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["clientId", "flashcardId", "rating"]);
    expect(error.message).toContain("rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).");
    expect(refusal(reviewBodySchema, [1, 2]).fieldErrors._).toEqual(["Send a JSON object."]);
    expect(() =>
      parseWith(reviewBodySchema, {
        flashcardId: "c-x",
        rating: "3",
        clientId: "0123456789abcdef",
      }),
    ).toThrow(InvalidInputError);
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

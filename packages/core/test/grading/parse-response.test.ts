import type { Question } from "@quizdeck/content/schema";
import {
  answerKey,
  grade,
  type InvalidResponseCode,
  InvalidResponseError,
  parseResponse,
} from "@quizdeck/core/grading";
import { describe, expect, it } from "vitest";
import {
  cloze,
  fixtures,
  matching,
  multipleChoice,
  ordering,
  singleChoice,
  trueFalse,
} from "./fixtures.ts";

/** Asserts that `raw` is rejected, by parseResponse and by grade alike, with `code`. */
function expectRejected(
  question: Question,
  raw: unknown,
  code: InvalidResponseCode,
  reason?: RegExp,
) {
  for (const attempt of [
    () => parseResponse(question, raw),
    // grade is typed; untrusted input reaching it must still be refused, not scored.
    () => grade(question, raw as never),
  ]) {
    let error: unknown;
    try {
      attempt();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidResponseError);
    const invalid = error as InvalidResponseError;
    expect(invalid.code).toBe(code);
    expect(invalid.questionId).toBe(question.id);
    if (reason) expect(invalid.reason).toMatch(reason);
  }
}

describe("parseResponse", () => {
  it("returns each fixture's answer key unchanged, typed", () => {
    for (const question of fixtures) {
      const key = answerKey(question);
      expect(parseResponse(question, structuredClone(key))).toEqual(key);
    }
    const parsed = parseResponse(singleChoice, { type: "single-choice", choiceId: "a" });
    expect(parsed.choiceId).toBe("a");
  });

  it("accepts an empty multiple-choice answer, and blank cloze answers", () => {
    expect(parseResponse(multipleChoice, { type: "multiple-choice", choiceIds: [] })).toEqual({
      type: "multiple-choice",
      choiceIds: [],
    });
    expect(parseResponse(cloze, { type: "cloze", blanks: ["", "", ""] }).blanks).toHaveLength(3);
  });

  it("accepts a matching that uses one right side twice", () => {
    const matches = matching.pairs.map((pair) => ({ left: pair.left, right: "MGIMO" }));
    expect(parseResponse(matching, { type: "matching", matches }).matches).toHaveLength(4);
  });
});

describe("InvalidResponseError", () => {
  it("is an Error with a name, a code, a reason and a message naming the question", () => {
    let error: unknown;
    try {
      parseResponse(singleChoice, { type: "single-choice", choiceId: "z" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(InvalidResponseError);
    const invalid = error as InvalidResponseError;
    expect(invalid.name).toBe("InvalidResponseError");
    expect(invalid.code).toBe("unknown-choice");
    expect(invalid.reason).toBe('"z" is not a choice of this question');
    expect(invalid.message).toBe(`invalid response to q-fixture-single: ${invalid.reason}`);
  });
});

describe("malformed responses are rejected, never graded", () => {
  describe("wrong shape", () => {
    it.each([
      ["null", null],
      ["a string", "b"],
      ["a number", 2],
      ["an array", ["b"]],
      ["an empty object", {}],
      ["a missing field", { type: "single-choice" }],
      ["a field of the wrong type", { type: "single-choice", choiceId: 2 }],
      ["an unknown extra key", { type: "single-choice", choiceId: "b", correct: true }],
    ])("single-choice: %s", (_, raw) => {
      expectRejected(singleChoice, raw, "malformed");
    });

    it("names the problem in the reason", () => {
      expectRejected(singleChoice, { type: "single-choice", choiceId: 2 }, "malformed", /choiceId/);
    });

    it("multiple-choice: choiceIds not an array of strings", () => {
      expectRejected(multipleChoice, { type: "multiple-choice", choiceIds: "a" }, "malformed");
      expectRejected(multipleChoice, { type: "multiple-choice", choiceIds: [1, 2] }, "malformed");
    });

    it("true-false: answer not a boolean", () => {
      expectRejected(trueFalse, { type: "true-false", answer: "false" }, "malformed");
      expectRejected(trueFalse, { type: "true-false", answer: 0 }, "malformed");
    });

    it("cloze: blanks not an array of strings", () => {
      expectRejected(cloze, { type: "cloze", blanks: "Zagorski" }, "malformed");
      expectRejected(cloze, { type: "cloze", blanks: ["Zagorski", null, "2014"] }, "malformed");
    });

    it("matching: matches not a list of {left, right}", () => {
      expectRejected(matching, { type: "matching", matches: { MGIMO: "x" } }, "malformed");
      expectRejected(
        matching,
        { type: "matching", matches: [{ left: "Islam Karimov" }] },
        "malformed",
      );
      expectRejected(
        matching,
        { type: "matching", matches: [["Islam Karimov", "Uzbekistan"]] },
        "malformed",
      );
    });

    it("ordering: order not an array of strings", () => {
      expectRejected(ordering, { type: "ordering", order: "first" }, "malformed");
      expectRejected(ordering, { type: "ordering", items: [...ordering.items] }, "malformed");
    });
  });

  it("a response of another type", () => {
    expectRejected(
      singleChoice,
      { type: "multiple-choice", choiceIds: ["b"] },
      "type-mismatch",
      /"multiple-choice" does not match question type "single-choice"/,
    );
    expectRejected(trueFalse, { type: "single-choice", choiceId: "a" }, "type-mismatch");
    expectRejected(ordering, { type: "matching", matches: [] }, "type-mismatch");
    expectRejected(cloze, { type: "essay", text: "..." }, "type-mismatch");
  });

  it("an unknown choice id", () => {
    expectRejected(singleChoice, { type: "single-choice", choiceId: "d" }, "unknown-choice", /"d"/);
    expectRejected(singleChoice, { type: "single-choice", choiceId: "B" }, "unknown-choice");
    expectRejected(
      multipleChoice,
      { type: "multiple-choice", choiceIds: ["a", "f"] },
      "unknown-choice",
    );
  });

  it("a choice id given twice", () => {
    expectRejected(
      multipleChoice,
      { type: "multiple-choice", choiceIds: ["a", "b", "a"] },
      "duplicate-choice",
      // No id echoed: the web's option references must not be paired with the bank's letters.
      /^the same choice is chosen more than once$/,
    );
  });

  it("the wrong number of blanks", () => {
    expectRejected(cloze, { type: "cloze", blanks: [] }, "wrong-blank-count", /3 blank\(s\).* 0/);
    expectRejected(cloze, { type: "cloze", blanks: ["Zagorski", "CSTO"] }, "wrong-blank-count");
    expectRejected(
      cloze,
      { type: "cloze", blanks: ["Zagorski", "CSTO", "2014", "x"] },
      "wrong-blank-count",
    );
  });

  describe("matching", () => {
    const key = matching.pairs.map(({ left, right }) => ({ left, right }));
    const withMatches = (matches: { left: string; right: string }[]) => ({
      type: "matching",
      matches,
    });

    it("a left that is not in the question", () => {
      expectRejected(
        matching,
        withMatches([...key.slice(1), { left: "Vladimir Putin", right: "MGIMO" }]),
        "unknown-left",
        /Vladimir Putin/,
      );
    });

    it("a left that differs only in case or spacing is still unknown (texts are echoed exactly)", () => {
      expectRejected(
        matching,
        withMatches([...key.slice(1), { left: "yevgeny buzhinsky", right: "PIR Center" }]),
        "unknown-left",
      );
    });

    it("a right that is not in the question", () => {
      expectRejected(
        matching,
        withMatches([...key.slice(1), { left: "Yevgeny Buzhinsky", right: "Carnegie" }]),
        "unknown-right",
        /Carnegie/,
      );
    });

    it("a left given twice", () => {
      expectRejected(
        matching,
        withMatches([...key, { left: "Islam Karimov", right: "MGIMO" }]),
        "duplicate-left",
        /Islam Karimov/,
      );
    });

    it("missing lefts", () => {
      // Counted, never named: the message must not carry the key.
      expectRejected(matching, withMatches(key.slice(0, 3)), "missing-left", /1 is not/);
      expectRejected(matching, withMatches([]), "missing-left");
    });
  });

  describe("ordering: not exactly a permutation of the items", () => {
    it("an unknown item", () => {
      expectRejected(
        ordering,
        { type: "ordering", order: ["first", "second", "third", "fourth", "sixth"] },
        "unknown-item",
        /sixth/,
      );
    });

    it("an item twice", () => {
      expectRejected(
        ordering,
        { type: "ordering", order: ["first", "second", "third", "fourth", "fourth"] },
        "duplicate-item",
        /fourth/,
      );
      expectRejected(
        ordering,
        { type: "ordering", order: [...ordering.items, "first"] },
        "duplicate-item",
      );
    });

    it("a missing item", () => {
      expectRejected(
        ordering,
        { type: "ordering", order: ["first", "second", "third", "fourth"] },
        "missing-item",
        /1 is missing/,
      );
      expectRejected(ordering, { type: "ordering", order: [] }, "missing-item");
    });
  });
});

import { answerKey, grade } from "@quizdeck/core/grading";
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

describe("answerKey", () => {
  it("is the response a perfect student would give", () => {
    expect(answerKey(singleChoice)).toEqual({ type: "single-choice", choiceId: "b" });
    expect(answerKey(multipleChoice)).toEqual({
      type: "multiple-choice",
      choiceIds: ["a", "b", "c"],
    });
    expect(answerKey(trueFalse)).toEqual({ type: "true-false", answer: false });
    expect(answerKey(cloze)).toEqual({ type: "cloze", blanks: ["Zagorski", "CSTO", "2014"] });
    expect(answerKey(matching)).toEqual({
      type: "matching",
      matches: [
        { left: "Yevgeny Buzhinsky", right: "PIR Center" },
        { left: "Andrei Zagorski", right: "MGIMO" },
        { left: "Islam Karimov", right: "Uzbekistan" },
        { left: "Joshua Kucera", right: "EurasiaNet" },
      ],
    });
    expect(answerKey(ordering)).toEqual({
      type: "ordering",
      order: ["first", "second", "third", "fourth", "fifth"],
    });
  });

  it("scores exactly 1 on every fixture", () => {
    for (const question of fixtures) {
      const result = grade(question, answerKey(question));
      expect(result.score).toBe(1);
      expect(result.correct).toBe(true);
    }
  });

  it("does not share arrays with the question", () => {
    const key = answerKey(ordering);
    key.order.reverse();
    expect(ordering.items[0]).toBe("first");
  });
});

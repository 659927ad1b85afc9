import { describe, expect, it } from "vitest";
import { answerDistribution } from "./answer-distribution.ts";
import {
  cloze,
  fill,
  multipleChoice,
  pick,
  say,
  singleChoice,
  tick,
  trueFalse,
} from "./test-questions.ts";

describe("answerDistribution", () => {
  it("counts single-choice options and sets aside what it cannot place", () => {
    // 5 responders: a, a, c, an option the question lacks (z), a true-false answer.
    const result = answerDistribution(singleChoice("q-a"), [
      pick("a"),
      pick("a"),
      pick("c"),
      pick("z"),
      say(true),
    ]);
    expect(result).toMatchObject({ type: "single-choice", responders: 5, unrecognised: 2 });
    expect(
      result?.type === "single-choice" &&
        result.options.map((option) => [option.choiceId, option.count, option.share]),
    ).toEqual([
      ["a", 2, 0.4],
      ["b", 0, 0],
      ["c", 1, 0.2],
      ["d", 0, 0],
    ]);
  });

  it("counts each ticked multiple-choice option once per responder", () => {
    // 4 responders: {a, b}, {a, a} (a repeated tick counts once), {}, {c, x (unknown)}.
    // a 2, b 1, c 1 → selections 4; shares 2/4 + 1/4 + 1/4 = 1 = 4 / 4.
    const result = answerDistribution(multipleChoice("q-b"), [
      tick("a", "b"),
      tick("a", "a"),
      tick(),
      tick("c", "x"),
    ]);
    expect(result).toMatchObject({
      type: "multiple-choice",
      responders: 4,
      selections: 4,
      noneChosen: 1,
      unrecognised: 0,
    });
    expect(
      result?.type === "multiple-choice" && result.options.map((option) => option.count),
    ).toEqual([2, 1, 1]);
  });

  it("counts True and False", () => {
    expect(answerDistribution(trueFalse("q-c"), [say(true), say(false), say(true)])).toEqual({
      type: "true-false",
      responders: 3,
      unrecognised: 0,
      correctAnswer: true,
      answeredTrue: { count: 2, share: 2 / 3 },
      answeredFalse: { count: 1, share: 1 / 3 },
    });
  });

  it("is null for question types without fixed options", () => {
    expect(answerDistribution(cloze("q-d"), [fill("CSTO")])).toBeNull();
  });
});

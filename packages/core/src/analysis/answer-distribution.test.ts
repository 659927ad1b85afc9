import { QUESTION_TYPES } from "@quizdeck/content/schema";
import { describe, expect, it } from "vitest";
import { answerDistribution, hasAnswerDistribution } from "./answer-distribution.ts";
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

  it("counts a response left out (null) as a responder it cannot place", () => {
    expect(answerDistribution(singleChoice("q-a"), [pick("a"), null])).toMatchObject({
      responders: 2,
      unrecognised: 1,
    });
    expect(answerDistribution(multipleChoice("q-b"), [null])).toMatchObject({
      responders: 1,
      unrecognised: 1,
      noneChosen: 0,
    });
    expect(answerDistribution(trueFalse("q-c"), [null, say(false)])).toMatchObject({
      responders: 2,
      unrecognised: 1,
      answeredFalse: { count: 1, share: 0.5 },
    });
  });
});

describe("hasAnswerDistribution", () => {
  it("holds for exactly the types answerDistribution counts", () => {
    expect(QUESTION_TYPES.filter(hasAnswerDistribution)).toEqual([
      "single-choice",
      "multiple-choice",
      "true-false",
    ]);
    for (const question of [
      singleChoice("q-a"),
      multipleChoice("q-b"),
      trueFalse("q-c"),
      cloze("q-d"),
    ]) {
      expect(hasAnswerDistribution(question.type), question.type).toBe(
        answerDistribution(question, []) !== null,
      );
    }
  });
});

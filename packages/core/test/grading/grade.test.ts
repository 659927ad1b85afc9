import { grade } from "@quizdeck/core/grading";
import { describe, expect, it } from "vitest";
import { cloze, matching, multipleChoice, ordering, singleChoice, trueFalse } from "./fixtures.ts";

describe("single-choice: 0 or 1", () => {
  it("scores 1 for the correct option, with per-choice feedback", () => {
    const result = grade(singleChoice, { type: "single-choice", choiceId: "b" });
    expect(result).toEqual({
      type: "single-choice",
      score: 1,
      correct: true,
      parts: [
        {
          kind: "choice",
          choiceId: "a",
          text: "Moscow",
          chosen: false,
          shouldBeChosen: false,
          verdict: "correctly-not-chosen",
        },
        {
          kind: "choice",
          choiceId: "b",
          text: "Tashkent",
          chosen: true,
          shouldBeChosen: true,
          verdict: "correctly-chosen",
        },
        {
          kind: "choice",
          choiceId: "c",
          text: "Dushanbe",
          chosen: false,
          shouldBeChosen: false,
          verdict: "correctly-not-chosen",
        },
      ],
    });
  });

  it("scores 0 for a wrong option and marks the missed one", () => {
    const result = grade(singleChoice, { type: "single-choice", choiceId: "c" });
    expect(result.score).toBe(0);
    expect(result.correct).toBe(false);
    expect(result.parts.map((part) => part.verdict)).toEqual([
      "correctly-not-chosen",
      "missed",
      "wrongly-chosen",
    ]);
  });
});

describe("multiple-choice: right minus wrong, over the correct options, floored at 0", () => {
  // a, b, c are correct; d, e are wrong.
  const score = (choiceIds: string[]) =>
    grade(multipleChoice, { type: "multiple-choice", choiceIds }).score;

  it.each([
    [["a", "b", "c"], 1], // (3 − 0) / 3
    [["c", "a", "b"], 1], // order does not matter
    [["a", "b"], 2 / 3], // (2 − 0) / 3
    [["a"], 1 / 3], // (1 − 0) / 3
    [["a", "b", "d"], 1 / 3], // (2 − 1) / 3
    [["a", "b", "c", "d"], 2 / 3], // (3 − 1) / 3
    [["a", "b", "c", "d", "e"], 1 / 3], // (3 − 2) / 3: ticking every box does not pay
    [["a", "d"], 0], // (1 − 1) / 3
    [["a", "d", "e"], 0], // (1 − 2) / 3 → floored at 0
    [["d", "e"], 0], // (0 − 2) / 3 → floored at 0
    [[], 0], // no choice
  ])("choosing %j scores %d", (choiceIds, expected) => {
    expect(score(choiceIds)).toBeCloseTo(expected, 12);
  });

  it("is correct only with every correct option and no wrong one", () => {
    expect(
      grade(multipleChoice, { type: "multiple-choice", choiceIds: ["a", "b", "c"] }).correct,
    ).toBe(true);
    expect(grade(multipleChoice, { type: "multiple-choice", choiceIds: ["a", "b"] }).correct).toBe(
      false,
    );
  });

  it("gives a verdict per choice", () => {
    const result = grade(multipleChoice, { type: "multiple-choice", choiceIds: ["a", "d"] });
    expect(
      result.parts.map((part) => [part.choiceId, part.chosen, part.shouldBeChosen, part.verdict]),
    ).toEqual([
      ["a", true, true, "correctly-chosen"],
      ["b", false, true, "missed"],
      ["c", false, true, "missed"],
      ["d", true, false, "wrongly-chosen"],
      ["e", false, false, "correctly-not-chosen"],
    ]);
  });
});

describe("true-false: 0 or 1", () => {
  it("scores 1 for the right answer and 0 for the wrong one", () => {
    expect(grade(trueFalse, { type: "true-false", answer: false })).toEqual({
      type: "true-false",
      score: 1,
      correct: true,
      parts: [{ kind: "statement", given: false, expected: false, correct: true }],
    });
    expect(grade(trueFalse, { type: "true-false", answer: true })).toEqual({
      type: "true-false",
      score: 0,
      correct: false,
      parts: [{ kind: "statement", given: true, expected: false, correct: false }],
    });
  });
});

describe("cloze: the share of blanks accepted", () => {
  it("scores 1 with every blank accepted, however typed", () => {
    const result = grade(cloze, {
      type: "cloze",
      blanks: ["  zagorskí ", "Collective Security Treaty Organisation", "2014."],
    });
    expect(result.score).toBe(1);
    expect(result.correct).toBe(true);
    expect(result.parts).toEqual([
      {
        kind: "blank",
        blank: 1,
        given: "  zagorskí ",
        accepted: true,
        expected: "Zagorski",
        matchedAnswer: "Zagorski",
        typoForgiven: false,
      },
      {
        kind: "blank",
        blank: 2,
        given: "Collective Security Treaty Organisation",
        accepted: true,
        expected: "CSTO",
        matchedAnswer: "Collective Security Treaty Organization",
        typoForgiven: true,
      },
      {
        kind: "blank",
        blank: 3,
        given: "2014.",
        accepted: true,
        expected: "2014",
        matchedAnswer: "2014",
        typoForgiven: false,
      },
    ]);
  });

  it("scores 2/3 with one blank wrong, and says which", () => {
    const result = grade(cloze, { type: "cloze", blanks: ["Zagorski", "CSTO", "2013"] });
    expect(result.score).toBeCloseTo(2 / 3, 12);
    expect(result.correct).toBe(false);
    expect(result.parts.map((part) => part.accepted)).toEqual([true, true, false]);
    expect(result.parts[2]).toMatchObject({ given: "2013", expected: "2014", matchedAnswer: null });
  });

  it("scores 1/3 with two blanks wrong, and 0 with all empty", () => {
    expect(
      grade(cloze, { type: "cloze", blanks: ["Buzhinsky", "NATO", "2014"] }).score,
    ).toBeCloseTo(1 / 3, 12);
    expect(grade(cloze, { type: "cloze", blanks: ["", " ", "?"] }).score).toBe(0);
  });
});

describe("matching: the share of pairs matched", () => {
  const key = matching.pairs.map(({ left, right }) => ({ left, right }));

  it("scores 1 when every pair is matched, in any order", () => {
    const result = grade(matching, { type: "matching", matches: [...key].reverse() });
    expect(result.score).toBe(1);
    expect(result.correct).toBe(true);
    // Feedback follows the question's order, not the response's.
    expect(result.parts.map((part) => part.left)).toEqual(matching.pairs.map((pair) => pair.left));
  });

  it("scores 1/2 when two rights are swapped, and says which pairs", () => {
    const result = grade(matching, {
      type: "matching",
      matches: [
        { left: "Yevgeny Buzhinsky", right: "MGIMO" },
        { left: "Andrei Zagorski", right: "PIR Center" },
        { left: "Islam Karimov", right: "Uzbekistan" },
        { left: "Joshua Kucera", right: "EurasiaNet" },
      ],
    });
    expect(result.score).toBe(0.5);
    expect(result.parts).toEqual([
      {
        kind: "pair",
        left: "Yevgeny Buzhinsky",
        givenRight: "MGIMO",
        expectedRight: "PIR Center",
        correct: false,
      },
      {
        kind: "pair",
        left: "Andrei Zagorski",
        givenRight: "PIR Center",
        expectedRight: "MGIMO",
        correct: false,
      },
      {
        kind: "pair",
        left: "Islam Karimov",
        givenRight: "Uzbekistan",
        expectedRight: "Uzbekistan",
        correct: true,
      },
      {
        kind: "pair",
        left: "Joshua Kucera",
        givenRight: "EurasiaNet",
        expectedRight: "EurasiaNet",
        correct: true,
      },
    ]);
  });

  it("scores 3/4 when one right is used twice (a drop-down allows it)", () => {
    const result = grade(matching, {
      type: "matching",
      matches: key.map((pair) =>
        pair.left === "Joshua Kucera" ? { ...pair, right: "Uzbekistan" } : pair,
      ),
    });
    expect(result.score).toBe(0.75);
  });

  it("scores 0 for a full derangement", () => {
    const rights = key.map((pair) => pair.right);
    const shifted = key.map((pair, index) => ({
      left: pair.left,
      right: rights[(index + 1) % rights.length] ?? "",
    }));
    expect(grade(matching, { type: "matching", matches: shifted }).score).toBe(0);
  });
});

describe("ordering: the share of item pairs in the right relative order", () => {
  // Five items make 10 pairs.
  const score = (order: string[]) => grade(ordering, { type: "ordering", order }).score;

  it.each([
    [["first", "second", "third", "fourth", "fifth"], 1],
    [["second", "first", "third", "fourth", "fifth"], 0.9], // one neighbour swap: 1 pair out
    [["first", "second", "third", "fifth", "fourth"], 0.9],
    [["fifth", "first", "second", "third", "fourth"], 0.6], // last moved to front: 4 pairs out
    [["first", "fifth", "second", "third", "fourth"], 0.7], // last moved to second: 3 pairs out
    [["third", "second", "first", "fourth", "fifth"], 0.7], // first three reversed: 3 pairs out
    [["fifth", "fourth", "third", "second", "first"], 0], // reversed
  ])("%j scores %d", (order, expected) => {
    expect(score(order)).toBeCloseTo(expected, 12);
  });

  it("still marks every wrong position when one item is misplaced", () => {
    const result = grade(ordering, {
      type: "ordering",
      order: ["fifth", "first", "second", "third", "fourth"],
    });
    expect(result.score).toBeCloseTo(0.6, 12);
    expect(result.correct).toBe(false);
    expect(result.parts).toEqual([
      { kind: "position", position: 1, given: "fifth", expected: "first", correct: false },
      { kind: "position", position: 2, given: "first", expected: "second", correct: false },
      { kind: "position", position: 3, given: "second", expected: "third", correct: false },
      { kind: "position", position: 4, given: "third", expected: "fourth", correct: false },
      { kind: "position", position: 5, given: "fourth", expected: "fifth", correct: false },
    ]);
  });

  it("is correct only in the exact order", () => {
    const result = grade(ordering, { type: "ordering", order: [...ordering.items] });
    expect(result.correct).toBe(true);
    expect(result.parts.every((part) => part.correct)).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import {
  applyNumberKey,
  type Draft,
  draftFromResponse,
  emptyDraft,
  incompleteReason,
  moveItem,
  responseFromDraft,
  sameResponse,
} from "./draft";
import type { PresentedQuestion } from "./types";

const single: PresentedQuestion = {
  id: "r1",
  prompt: "Which?",
  type: "single-choice",
  choices: [
    { id: "c", text: "C" },
    { id: "a", text: "A" },
    { id: "b", text: "B" },
  ],
};
const multiple: PresentedQuestion = { ...single, id: "r2", type: "multiple-choice" };
const trueFalse: PresentedQuestion = {
  id: "r3",
  prompt: "True or false: x",
  type: "true-false",
  statement: "x",
};
const cloze: PresentedQuestion = {
  id: "r4",
  prompt: "Fill in.",
  type: "cloze",
  segments: [
    { kind: "blank", blank: 1 },
    { kind: "text", text: " and " },
    { kind: "blank", blank: 2 },
  ],
  blankCount: 2,
};
const matching: PresentedQuestion = {
  id: "r5",
  prompt: "Match.",
  type: "matching",
  lefts: ["L1", "L2", "L3"],
  rights: ["R3", "R1", "R2"],
};
const ordering: PresentedQuestion = {
  id: "r6",
  prompt: "Order.",
  type: "ordering",
  items: ["2", "3", "1"],
};

describe("drafts", () => {
  it("start empty, with the ordering as shown", () => {
    expect(emptyDraft(single)).toEqual({ type: "single-choice", choiceId: null });
    expect(emptyDraft(cloze)).toEqual({ type: "cloze", blanks: ["", ""] });
    expect(emptyDraft(matching)).toEqual({ type: "matching", rights: ["", "", ""] });
    expect(emptyDraft(ordering)).toEqual({ type: "ordering", order: ["2", "3", "1"] });
  });

  it("say what is missing before an answer can be sent", () => {
    expect(incompleteReason(single, emptyDraft(single))).toBe("Choose an option first.");
    expect(incompleteReason(multiple, emptyDraft(multiple))).toBe(
      "Choose at least one option first.",
    );
    expect(incompleteReason(trueFalse, emptyDraft(trueFalse))).toBe("Choose True or False first.");
    expect(incompleteReason(cloze, { type: "cloze", blanks: [" ", ""] })).toBe(
      "Fill in a blank first.",
    );
    expect(incompleteReason(cloze, { type: "cloze", blanks: ["x", ""] })).toBeNull();
    expect(incompleteReason(matching, { type: "matching", rights: ["R1", "", ""] })).toBe(
      "Match the remaining 2 items first.",
    );
    expect(incompleteReason(ordering, emptyDraft(ordering))).toBeNull();
  });

  it("become the response shapes the grader expects", () => {
    expect(responseFromDraft(single, { type: "single-choice", choiceId: "a" })).toEqual({
      type: "single-choice",
      choiceId: "a",
    });
    expect(responseFromDraft(multiple, { type: "multiple-choice", choiceIds: ["b", "c"] })).toEqual(
      {
        type: "multiple-choice",
        choiceIds: ["c", "b"],
      },
    );
    expect(responseFromDraft(trueFalse, { type: "true-false", answer: false })).toEqual({
      type: "true-false",
      answer: false,
    });
    expect(responseFromDraft(cloze, { type: "cloze", blanks: ["x", ""] })).toEqual({
      type: "cloze",
      blanks: ["x", ""],
    });
    expect(responseFromDraft(matching, { type: "matching", rights: ["R1", "R2", "R3"] })).toEqual({
      type: "matching",
      matches: [
        { left: "L1", right: "R1" },
        { left: "L2", right: "R2" },
        { left: "L3", right: "R3" },
      ],
    });
    expect(responseFromDraft(single, emptyDraft(single))).toBeNull();
  });

  it("round-trip through a saved response (resume after reload)", () => {
    const cases: [PresentedQuestion, Draft][] = [
      [single, { type: "single-choice", choiceId: "b" }],
      [multiple, { type: "multiple-choice", choiceIds: ["c", "a"] }],
      [trueFalse, { type: "true-false", answer: true }],
      [cloze, { type: "cloze", blanks: ["one", "two"] }],
      [matching, { type: "matching", rights: ["R2", "R1", "R3"] }],
      [ordering, { type: "ordering", order: ["1", "2", "3"] }],
    ];
    for (const [question, draft] of cases) {
      const response = responseFromDraft(question, draft);
      expect(draftFromResponse(question, response)).toEqual(draft);
    }
    expect(draftFromResponse(single, { type: "cloze", blanks: [] })).toEqual(emptyDraft(single));
    expect(draftFromResponse(ordering, { type: "ordering", order: ["1"] })).toEqual(
      emptyDraft(ordering),
    );
    expect(draftFromResponse(single, null)).toEqual(emptyDraft(single));
  });

  it("compare responses ignoring key order", () => {
    expect(
      sameResponse({ type: "true-false", answer: true }, { answer: true, type: "true-false" }),
    ).toBe(true);
    expect(
      sameResponse({ type: "true-false", answer: true }, { type: "true-false", answer: false }),
    ).toBe(false);
  });
});

describe("number keys", () => {
  it("pick the nth option shown, toggle for multiple choice, 1/2 for true/false", () => {
    expect(applyNumberKey(single, emptyDraft(single), 2)).toEqual({
      type: "single-choice",
      choiceId: "a",
    });
    expect(applyNumberKey(single, emptyDraft(single), 4)).toBeNull();
    const once = applyNumberKey(multiple, emptyDraft(multiple), 1);
    expect(once).toEqual({ type: "multiple-choice", choiceIds: ["c"] });
    expect(applyNumberKey(multiple, once ?? emptyDraft(multiple), 1)).toEqual({
      type: "multiple-choice",
      choiceIds: [],
    });
    expect(applyNumberKey(trueFalse, emptyDraft(trueFalse), 1)).toEqual({
      type: "true-false",
      answer: true,
    });
    expect(applyNumberKey(trueFalse, emptyDraft(trueFalse), 2)).toEqual({
      type: "true-false",
      answer: false,
    });
    expect(applyNumberKey(trueFalse, emptyDraft(trueFalse), 3)).toBeNull();
    expect(applyNumberKey(cloze, emptyDraft(cloze), 1)).toBeNull();
  });
});

describe("moveItem", () => {
  it("swaps with the neighbour and leaves the ends alone", () => {
    expect(moveItem(["a", "b", "c"], 1, -1)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], 1, 1)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveItem(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });
});

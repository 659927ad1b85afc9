import { describe, expect, it } from "vitest";
import { answerAction } from "./answer-action";

const a = { type: "single-choice", choiceId: "a" };
const b = { type: "single-choice", choiceId: "b" };

describe("answerAction", () => {
  it("immediate mode: Check answer, then Answer checked", () => {
    const base = { immediate: true, locked: false, given: undefined, draftResponse: a };
    expect(answerAction({ ...base, place: "none" })).toEqual({
      label: "Check answer",
      disabled: false,
      unsavedChange: false,
    });
    expect(answerAction({ ...base, place: "waiting", given: a, locked: true })).toEqual({
      label: "Answer checked",
      disabled: true,
      unsavedChange: false,
    });
  });

  it("exam mode: says whether the answer shown is saved, kept on this device, or changed", () => {
    const base = { immediate: false, locked: false };
    expect(answerAction({ ...base, place: "none", given: undefined, draftResponse: null })).toEqual(
      { label: "Save answer", disabled: false, unsavedChange: false },
    );
    expect(answerAction({ ...base, place: "saved", given: a, draftResponse: a })).toEqual({
      label: "Answer saved",
      disabled: true,
      unsavedChange: false,
    });
    expect(answerAction({ ...base, place: "waiting", given: a, draftResponse: a })).toMatchObject({
      label: "Saved on this device",
      disabled: true,
    });
    expect(answerAction({ ...base, place: "saved", given: a, draftResponse: b })).toEqual({
      label: "Save answer",
      disabled: false,
      unsavedChange: true,
    });
    expect(
      answerAction({ ...base, locked: true, place: "saved", given: a, draftResponse: b }).disabled,
    ).toBe(true);
  });
});

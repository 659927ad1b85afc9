import { describe, expect, it } from "vitest";
import { describePart, formatPoints, percent } from "./feedback-text";
import { verdictLabel } from "./verdict";

describe("feedback words", () => {
  it("names the verdict", () => {
    expect(verdictLabel({ score: 1, correct: true })).toBe("Correct");
    expect(verdictLabel({ score: 0.5, correct: false })).toBe("Partly correct");
    expect(verdictLabel({ score: 0, correct: false })).toBe("Not correct");
    expect(verdictLabel({ score: 0, correct: false, answered: false })).toBe("Not answered");
    expect(percent(2 / 3)).toBe("67%");
    expect(formatPoints(7.3333)).toBe("7.33");
    expect(formatPoints(8)).toBe("8");
  });

  it("describes each kind of part", () => {
    expect(
      describePart(
        {
          kind: "choice",
          choiceId: "b",
          number: 3,
          text: "B",
          chosen: true,
          shouldBeChosen: false,
          verdict: "wrongly-chosen",
        },
        "single-choice",
      ),
    ).toEqual({ label: "Option 3: B", detail: "Your choice — not correct.", tone: "bad" });
    expect(
      describePart(
        {
          kind: "choice",
          choiceId: "c",
          number: 1,
          text: "C",
          chosen: false,
          shouldBeChosen: false,
          verdict: "correctly-not-chosen",
        },
        "single-choice",
      ),
    ).toBeNull();
    expect(
      describePart(
        {
          kind: "blank",
          blank: 1,
          given: "Zagorsky",
          accepted: true,
          expected: "Zagorski",
          matchedAnswer: "Zagorski",
          typoForgiven: true,
        },
        "cloze",
      )?.detail,
    ).toBe("Accepted. Accepted despite a typo; it is spelt “Zagorski”.");
    expect(
      describePart(
        { kind: "pair", left: "L", givenRight: "X", expectedRight: "R", correct: false },
        "matching",
      ),
    ).toEqual({ label: "L → X", detail: "Not correct. It goes with: R.", tone: "bad" });
    expect(
      describePart(
        { kind: "position", position: 2, given: "b", expected: "a", correct: false },
        "ordering",
      )?.detail,
    ).toBe("Not correct. Position 2 is: a");
    expect(
      describePart(
        { kind: "statement", given: true, expected: false, correct: false },
        "true-false",
      ),
    ).toEqual({
      label: "You answered True",
      detail: "Not correct: the statement is false.",
      tone: "bad",
    });
  });
});

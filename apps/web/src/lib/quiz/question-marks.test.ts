import { describe, expect, it } from "vitest";
import { questionMark } from "./question-marks";
import type { QuestionFeedback } from "./types";

const feedback = (score: number): QuestionFeedback => ({
  answered: true,
  score,
  correct: score === 1,
  parts: [],
  explanation: "",
  evidence: [],
  yourAnswer: null,
  correctAnswer: { kind: "boolean", value: true },
});

describe("questionMark", () => {
  it("shows a saved answer and one still waiting with different marks and words", () => {
    const saved = questionMark("saved", null);
    const waiting = questionMark("waiting", null);
    const none = questionMark("none", null);
    expect(new Set([saved.mark, waiting.mark, none.mark]).size).toBe(3);
    expect(saved.label).toBe("answered, saved");
    expect(waiting.label).toBe("answered, waiting to be saved");
    expect(none.label).toBe("not answered");
  });

  it("shows the verdict once feedback is in", () => {
    expect(questionMark("saved", feedback(1))).toMatchObject({ mark: "✓", label: "correct" });
    expect(questionMark("saved", feedback(0.5))).toMatchObject({
      mark: "◐",
      label: "partly correct",
    });
    expect(questionMark("saved", feedback(0))).toMatchObject({ mark: "✗", label: "not correct" });
  });
});

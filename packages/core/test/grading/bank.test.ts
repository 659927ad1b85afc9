import { bank } from "@quizdeck/content/bank";
import { answerKey, grade } from "@quizdeck/core/grading";
import { describe, expect, it } from "vitest";

describe("the shipped bank", () => {
  it("grades the answer key of every question exactly 1", () => {
    const failures = bank.questions.flatMap((question) => {
      try {
        const result = grade(question, answerKey(question));
        return result.score === 1 ? [] : [`${question.id}: answer key scores ${result.score}`];
      } catch (error) {
        return [`${question.id}: ${error instanceof Error ? error.message : String(error)}`];
      }
    });
    expect(failures).toEqual([]);
  });
});

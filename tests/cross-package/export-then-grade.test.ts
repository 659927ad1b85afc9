import { exportBank } from "@quizdeck/content/export";
import { bankSchema } from "@quizdeck/content/schema";
import { answerKey, grade } from "@quizdeck/core/grading";
import { describe, expect, it } from "vitest";

/**
 * What another tool sees: the JSON export, read back with nothing but the
 * published schema, must still carry every answer key intact — grading each
 * key with the core grader gives full marks.
 */
describe("the JSON export feeds the grader", () => {
  const exported = bankSchema.parse(JSON.parse(exportBank("json")));

  it("keeps every question gradable to full marks by its own key", () => {
    const failures = exported.questions.filter(
      (question) => grade(question, answerKey(question)).score !== 1,
    );
    expect(failures.map((question) => question.id)).toEqual([]);
    expect(exported.questions.length).toBeGreaterThanOrEqual(50);
  });

  it("keeps sets pointing at exported items", () => {
    const ids = new Set([
      ...exported.questions.map((q) => q.id),
      ...exported.flashcards.map((c) => c.id),
    ]);
    for (const set of exported.sets) {
      for (const id of [...set.questionIds, ...set.flashcardIds]) expect(ids.has(id)).toBe(true);
    }
  });
});

import { describe, expect, it } from "vitest";
import { filterQuestions, questionFilterSchema } from "../src/bank/filter-questions.ts";
import { bank } from "../src/bank/index.ts";

const filter = (input: unknown) =>
  filterQuestions(bank.questions, questionFilterSchema.parse(input));

describe("filterQuestions", () => {
  it("returns the whole bank for an empty filter", () => {
    expect(filter({})).toHaveLength(bank.questions.length);
  });

  it("combines fields with AND and values within a field with OR", () => {
    const result = filter({ types: ["cloze", "matching"], difficulties: [2] });
    expect(result.length).toBeGreaterThan(0);
    for (const question of result) {
      expect(["cloze", "matching"]).toContain(question.type);
      expect(question.difficulty).toBe(2);
    }
    const clozeOnly = filter({ types: ["cloze"], difficulties: [2] });
    expect(result.length).toBeGreaterThan(clozeOnly.length);
  });

  it("selects by tag and by the paragraph a question quotes", () => {
    for (const question of filter({ tags: ["uzbekistan"] }))
      expect(question.tags).toContain("uzbekistan");
    const p10 = filter({ paragraphIds: ["p10"] });
    expect(p10.length).toBeGreaterThan(0);
    for (const question of p10)
      expect(question.evidence.map((e) => e.paragraphId)).toContain("p10");
  });

  it("rejects unknown tags, types and paragraph ids", () => {
    expect(questionFilterSchema.safeParse({ tags: ["nope"] }).success).toBe(false);
    expect(questionFilterSchema.safeParse({ types: ["essay"] }).success).toBe(false);
    expect(questionFilterSchema.safeParse({ paragraphIds: ["x1"] }).success).toBe(false);
  });
});

import { bank } from "@quizdeck/content/bank";
import { itemAnalysis, type SubmittedAttempt } from "@quizdeck/core/analysis";
import { answerKey } from "@quizdeck/core/grading";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ItemAnalysisTable } from "./item-analysis-table";

const questions = bank.questions.slice(0, 3);
const promptOf = new Map(questions.map((question) => [question.id, question.prompt]));

/** Student `n`: the first question right, the others wrong. */
function attempt(n: number): SubmittedAttempt {
  return {
    attemptId: `a${n}`,
    userId: `u${n}`,
    submittedAt: new Date(Date.UTC(2026, 2, 1, 9, n)),
    score: 1 / 3,
    responses: questions.map((question, index) => ({
      questionId: question.id,
      score: index === 0 ? 1 : 0,
      response: index === 0 ? answerKey(question) : null,
      timeSpentMs: 30_000,
    })),
  };
}

const render = (students: number) =>
  renderToStaticMarkup(
    createElement(ItemAnalysisTable, {
      analysis: itemAnalysis(
        questions,
        Array.from({ length: students }, (_, n) => attempt(n)),
      ),
      promptOf,
    }),
  );

/** The text of the table's body cells, row by row. */
function rows(html: string): string[][] {
  const body = html.slice(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? "").matchAll(/<td>([\s\S]*?)<\/td>/g)].map((cell) =>
      (cell[1] ?? "").replace(/<details>[\s\S]*<\/details>/, "").replace(/<[^>]+>/g, ""),
    ),
  );
}

describe("ItemAnalysisTable", () => {
  it("with one student, shows no D, no r and no flags, and says how many more students it needs", () => {
    const html = render(1);
    expect(html).toContain("9 more students needed");
    for (const [, facility, d, r, , flags] of rows(html)) {
      expect(facility).toMatch(/^\d+%$/);
      expect(d).toBe("—not enough students");
      expect(r).toBe("—not enough students");
      expect(flags).toBe("needs 9 more students");
    }
    expect(html).not.toMatch(/too easy|too hard|0\.00/);
  });

  it("flags and shows D once ten students have answered", () => {
    const html = render(10);
    expect(html).not.toContain("more students needed");
    const [first, second] = rows(html);
    expect(first?.[2]).toBe("0.00");
    expect(first?.[5]).toContain("too easy");
    expect(second?.[5]).toContain("too hard");
  });
});

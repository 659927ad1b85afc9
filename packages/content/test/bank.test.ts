import { describe, expect, it } from "vitest";
import { article } from "../src/article/article.ts";
import { flashcards } from "../src/bank/flashcards.ts";
import { questions } from "../src/bank/questions/index.ts";
import { questionSets } from "../src/bank/sets.ts";
import { QUESTION_TYPES } from "../src/schema/question.ts";
import { validateBank } from "../src/validate/validate-bank.ts";

const rawBank = { source: article, questions, flashcards, sets: questionSets };

describe("the shipped bank", () => {
  it("passes every validation rule", () => {
    expect(validateBank(rawBank)).toEqual([]);
  });

  it("has at least 60 questions covering all six types", () => {
    expect(questions.length).toBeGreaterThanOrEqual(60);
    const types = new Set(questions.map((question) => question.type));
    expect([...types].sort()).toEqual([...QUESTION_TYPES].sort());
  });

  it("has at least 40 flashcards and 3 sets", () => {
    expect(flashcards.length).toBeGreaterThanOrEqual(40);
    expect(questionSets.length).toBeGreaterThanOrEqual(3);
  });
});

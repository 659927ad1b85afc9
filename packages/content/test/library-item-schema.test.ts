import { describe, expect, it } from "vitest";
import { bank } from "../src/bank/index.ts";
import { bankSchema } from "../src/schema/bank.ts";
import { libraryFlashcardSchema, libraryQuestionSchema } from "../src/schema/library-item.ts";

const imported = {
  id: "q-imported",
  type: "single-choice",
  prompt: "Which planet is red?",
  explanation: "",
  evidence: [],
  tags: [],
  difficulty: 2,
  level: "recall",
  grounded: false,
  choices: [
    { id: "a", text: "Mars", correct: true },
    { id: "b", text: "Venus", correct: false },
  ],
};

describe("library items (teacher and imported items)", () => {
  it("accept every bank question and flashcard as it is, grounded", () => {
    for (const question of bank.questions) {
      expect(libraryQuestionSchema.parse(question)).toMatchObject({
        ...question,
        grounded: true,
        labels: [],
      });
    }
    for (const card of bank.flashcards) {
      expect(libraryFlashcardSchema.parse(card).grounded).toBe(true);
    }
  });

  it("accept an ungrounded item with no evidence, tags or explanation", () => {
    expect(libraryQuestionSchema.parse(imported).grounded).toBe(false);
  });

  it("refuse an item with no evidence that claims to be grounded, and evidence marked ungrounded", () => {
    expect(libraryQuestionSchema.safeParse({ ...imported, grounded: true }).success).toBe(false);
    const quote = { paragraphId: "p01", quote: "a quote of some length" };
    expect(libraryQuestionSchema.safeParse({ ...imported, evidence: [quote] }).success).toBe(false);
    expect(
      libraryQuestionSchema.safeParse({ ...imported, evidence: [quote], grounded: true }).success,
    ).toBe(true);
  });

  it("keep the bank's per-type rules", () => {
    const twoRight = {
      ...imported,
      choices: imported.choices.map((choice) => ({ ...choice, correct: true })),
    };
    expect(libraryQuestionSchema.safeParse(twoRight).success).toBe(false);
  });

  it("leave the bank's own rules alone: a bank question still needs evidence and a tag", () => {
    const question = bank.questions[0];
    expect(question).toBeDefined();
    const withoutEvidence = { ...bank, questions: [{ ...question, evidence: [] }] };
    expect(bankSchema.safeParse(withoutEvidence).success).toBe(false);
    const withoutTags = { ...bank, questions: [{ ...question, tags: [] }] };
    expect(bankSchema.safeParse(withoutTags).success).toBe(false);
  });
});

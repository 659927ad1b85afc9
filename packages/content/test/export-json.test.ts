import { describe, expect, it } from "vitest";
import { UnknownSetError } from "../src/export/export-errors.ts";
import { toJson } from "../src/export/to-json.ts";
import { bankSchema } from "../src/schema/bank.ts";
import { fixtureBank } from "./export-fixture-bank.ts";

describe("toJson", () => {
  it("round-trips the whole bank: bankSchema.parse(JSON.parse(output)) deep-equals it", () => {
    const output = toJson(fixtureBank);
    expect(bankSchema.parse(JSON.parse(output))).toEqual(fixtureBank);
  });

  it("keeps every character of the text, nasty ones included", () => {
    const parsed = JSON.parse(toJson(fixtureBank));
    expect(parsed.source.paragraphs[0].text).toBe(fixtureBank.source.paragraphs[0]?.text);
    expect(parsed.flashcards[0].front).toBe(
      'Front with\ta tab and\nnewline “quoted” and "straight" quotes',
    );
  });

  it("writes contentVersion first when given, then source, questions, flashcards, sets", () => {
    const parsed = JSON.parse(toJson(fixtureBank, { contentVersion: "abc123" }));
    expect(Object.keys(parsed)).toEqual([
      "contentVersion",
      "source",
      "questions",
      "flashcards",
      "sets",
    ]);
    expect(parsed.contentVersion).toBe("abc123");
    expect(Object.keys(toJsonObject())).toEqual(["source", "questions", "flashcards", "sets"]);
  });

  it("puts each question's common fields first, then the fields of its type", () => {
    const questions = toJsonObject().questions as Record<string, unknown>[];
    const common = [
      "id",
      "type",
      "prompt",
      "explanation",
      "evidence",
      "tags",
      "difficulty",
      "level",
    ];
    const typeFields: Record<string, string[]> = {
      "single-choice": ["choices"],
      "multiple-choice": ["choices"],
      "true-false": ["answer"],
      cloze: ["text", "accept"],
      matching: ["pairs"],
      ordering: ["items"],
    };
    for (const question of questions) {
      expect(Object.keys(question)).toEqual([
        ...common,
        ...(typeFields[String(question.type)] ?? []),
      ]);
    }
    const firstChoices = questions[0]?.choices as object[] | undefined;
    expect(Object.keys(firstChoices?.[0] ?? {})).toEqual(["id", "text", "correct"]);
  });

  it("carries a set's draw pools, whole bank or that set alone, and leaves it out where a set has none", () => {
    const drawn = fixtureBank.sets.find((set) => set.draw !== undefined);
    if (!drawn) throw new Error("the fixture has no set with a draw");
    const whole = toJsonObject().sets as Record<string, unknown>[];
    expect(whole.find((set) => set.id === drawn.id)?.draw).toEqual(drawn.draw);
    expect(whole.filter((set) => set.id !== drawn.id).every((set) => !("draw" in set))).toBe(true);
    const alone = JSON.parse(toJson(fixtureBank, { setId: drawn.id }));
    expect(alone.sets[0].draw).toEqual([
      {
        title: "Choices: one of two",
        questionIds: ["q-nasty-multi-three", "q-multi-two"],
        count: 1,
      },
      {
        title: "The rest: two of four",
        questionIds: ["q-tf-true", "q-tf-false", "q-cloze-one", "q-match"],
        count: 2,
      },
    ]);
  });

  it("is pretty-printed with two spaces and ends with a newline", () => {
    const output = toJson(fixtureBank);
    expect(output.startsWith('{\n  "source": {')).toBe(true);
    expect(output.endsWith("}\n")).toBe(true);
  });

  it("for a set, holds only that set and its items, in the set's order, and still round-trips", () => {
    const output = toJson(fixtureBank, { setId: "s-fixture-core" });
    const parsed = bankSchema.parse(JSON.parse(output));
    expect(parsed.source).toEqual(fixtureBank.source);
    expect(parsed.questions.map((question) => question.id)).toEqual([
      "q-cloze-two",
      "q-nasty-single",
      "q-order",
    ]);
    expect(parsed.flashcards.map((card) => card.id)).toEqual(["c-leading-hash"]);
    expect(parsed.sets.map((set) => set.id)).toEqual(["s-fixture-core"]);
    const byId = new Map(fixtureBank.questions.map((question) => [question.id, question]));
    expect(parsed.questions).toEqual(parsed.questions.map((question) => byId.get(question.id)));
  });

  it("throws UnknownSetError listing the known set ids for an unknown set", () => {
    expect(() => toJson(fixtureBank, { setId: "s-nope" })).toThrow(UnknownSetError);
    expect(() => toJson(fixtureBank, { setId: "s-nope" })).toThrow(
      'unknown set "s-nope"; known sets: s-fixture-core, s-fixture-cards',
    );
  });
});

function toJsonObject(): Record<string, unknown> {
  return JSON.parse(toJson(fixtureBank));
}

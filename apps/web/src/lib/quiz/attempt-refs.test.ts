import { bank } from "@quizdeck/content/bank";
import type { Question } from "@quizdeck/content/schema";
import { answerKey } from "@quizdeck/core/grading";
import type { AnswerNaming } from "@quizdeck/db/attempt";
import { describe, expect, it } from "vitest";
import { ATTEMPT_NAMING, optionRef, shownResponse } from "./attempt-refs";
import { presentQuestion } from "./present-question";

const SEEDS = [0, 1, 7, 42, 99991, 2 ** 31 - 1];
const choiceQuestions = bank.questions.filter(
  (question): question is Extract<Question, { choices: unknown }> => "choices" in question,
);

/** The naming hook as the store calls it, with an attempt holding only what it reads. */
function toBank(seed: number, question: Question, response: unknown): unknown {
  const attempt = { shuffleSeed: seed, questionIds: [question.id] } as Parameters<
    AnswerNaming["response"]
  >[0];
  return ATTEMPT_NAMING.response(attempt, question, response);
}

describe("option references", () => {
  it("are distinct within a question, never a bank letter, and differ between attempts", () => {
    for (const question of choiceQuestions) {
      for (const seed of SEEDS) {
        const refs = question.choices.map((choice) =>
          optionRef({ shuffleSeed: seed }, question.id, choice.id),
        );
        expect(new Set(refs).size, question.id).toBe(refs.length);
        for (const ref of refs) expect(ref).toMatch(/^o[0-9a-f]{8}$/);
      }
      const [choice] = question.choices;
      if (!choice) throw new Error("no options");
      expect(optionRef({ shuffleSeed: 1 }, question.id, choice.id)).not.toBe(
        optionRef({ shuffleSeed: 2 }, question.id, choice.id),
      );
    }
  });

  it("round-trip: the key shown in references reads back as the bank's key", () => {
    for (const question of choiceQuestions) {
      for (const seed of SEEDS) {
        const key = answerKey(question);
        const shown = shownResponse(question, { shuffleSeed: seed }, key);
        expect(JSON.stringify(shown)).not.toMatch(/"[a-h]"/);
        expect(toBank(seed, question, shown)).toEqual(key);
        // The bank's own ids are still read (older drafts kept by a browser).
        expect(toBank(seed, question, key)).toEqual(key);
      }
    }
  });

  it("leaves a reference from another attempt unresolved, so grading refuses it", () => {
    const question = choiceQuestions.find((candidate) => candidate.type === "single-choice");
    const choice = question?.choices[0];
    if (!question || !choice) throw new Error("no single-choice question");
    const foreign = optionRef({ shuffleSeed: 2 }, question.id, choice.id);
    expect(toBank(1, question, { type: "single-choice", choiceId: foreign })).toEqual({
      type: "single-choice",
      choiceId: foreign,
    });
  });

  it("are what the player shows", () => {
    for (const question of choiceQuestions) {
      const presented = presentQuestion(question, { shuffleSeed: 3, shuffleOptions: true });
      if (!("choices" in presented)) throw new Error("wrong type");
      const expected = question.choices.map((choice) =>
        optionRef({ shuffleSeed: 3 }, question.id, choice.id),
      );
      expect(presented.choices.map((choice) => choice.id).sort()).toEqual(expected.sort());
    }
  });

  it("touch only choice questions' responses", () => {
    const other = bank.questions.find((question) => question.type === "ordering");
    if (!other) throw new Error("no ordering question");
    const key = answerKey(other);
    expect(shownResponse(other, { shuffleSeed: 1 }, key)).toBe(key);
    expect(toBank(1, other, key)).toBe(key);
  });
});

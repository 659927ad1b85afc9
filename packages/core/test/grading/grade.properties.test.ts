import type { Question } from "@quizdeck/content/schema";
import { answerKey, grade, InvalidResponseError, parseResponse } from "@quizdeck/core/grading";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  anyQuestion,
  matchingQuestion,
  multipleChoiceQuestion,
  orderingQuestion,
  permutationOf,
  questionAndResponse,
  singleChoiceQuestion,
  validResponseFor,
} from "./arbitraries.ts";

const partsExpected = (question: Question): number => {
  switch (question.type) {
    case "single-choice":
    case "multiple-choice":
      return question.choices.length;
    case "true-false":
      return 1;
    case "cloze":
      return question.accept.length;
    case "matching":
      return question.pairs.length;
    case "ordering":
      return question.items.length;
  }
};

describe("grading properties", () => {
  it("scores any valid response in [0, 1], correct exactly at 1, with one part per part", () => {
    fc.assert(
      fc.property(questionAndResponse, ({ question, response }) => {
        const result = grade(question, response);
        expect(result.type).toBe(question.type);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(1);
        expect(result.correct).toBe(result.score === 1);
        expect(result.parts).toHaveLength(partsExpected(question));
      }),
      { numRuns: 500 },
    );
  });

  it("accepts every generated valid response in parseResponse, unchanged", () => {
    fc.assert(
      fc.property(questionAndResponse, ({ question, response }) => {
        expect(parseResponse(question, structuredClone(response))).toEqual(response);
      }),
    );
  });

  it("scores the answer key exactly 1", () => {
    fc.assert(
      fc.property(anyQuestion, (question) => {
        const result = grade(question, answerKey(question));
        expect(result.score).toBe(1);
        expect(result.correct).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("either parses arbitrary input or throws InvalidResponseError, nothing else", () => {
    fc.assert(
      fc.property(anyQuestion, fc.anything(), (question, raw) => {
        try {
          parseResponse(question, raw);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidResponseError);
        }
      }),
    );
  });

  it("does not change the score when the choices are shuffled", () => {
    const choiceQuestion = fc.oneof(singleChoiceQuestion, multipleChoiceQuestion);
    fc.assert(
      fc.property(
        choiceQuestion.chain((question) =>
          fc.tuple(
            fc.constant(question),
            validResponseFor(question),
            permutationOf(question.choices),
          ),
        ),
        ([question, response, shuffledChoices]) => {
          const shuffled = { ...question, choices: shuffledChoices } as Question;
          expect(grade(shuffled, response).score).toBe(grade(question, response).score);
        },
      ),
    );
  });

  it("does not change the score when the pairs, or the response's matches, are shuffled", () => {
    fc.assert(
      fc.property(
        matchingQuestion.chain((question) =>
          fc.tuple(
            fc.constant(question),
            validResponseFor(question),
            permutationOf(question.pairs),
            fc.nat(),
          ),
        ),
        ([question, response, shuffledPairs, seed]) => {
          const shuffledQuestion = { ...question, pairs: shuffledPairs };
          const shuffledMatches = fc.sample(permutationOf(response.matches), {
            numRuns: 1,
            seed,
          })[0];
          const shuffledResponse = { ...response, matches: shuffledMatches ?? response.matches };
          const score = grade(question, response).score;
          expect(grade(shuffledQuestion, response).score).toBe(score);
          expect(grade(question, shuffledResponse).score).toBe(score);
          expect(grade(shuffledQuestion, shuffledResponse).score).toBe(score);
        },
      ),
    );
  });

  it("scores a random permutation in [0, 1], the identity 1 and the reverse 0", () => {
    fc.assert(
      fc.property(
        orderingQuestion.chain((question) =>
          fc.tuple(fc.constant(question), permutationOf(question.items)),
        ),
        ([question, order]) => {
          const result = grade(question, { type: "ordering", order });
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(1);
          expect(result.correct).toBe(order.every((item, index) => item === question.items[index]));
          expect(grade(question, { type: "ordering", order: [...question.items] }).score).toBe(1);
          expect(
            grade(question, { type: "ordering", order: [...question.items].reverse() }).score,
          ).toBe(0);
        },
      ),
    );
  });

  it("costs an ordering at most 2/n for a single misplaced item", () => {
    // Moving one item by any distance breaks at most n − 1 of the n(n − 1)/2 pairs.
    fc.assert(
      fc.property(orderingQuestion, fc.nat(), fc.nat(), (question, from, to) => {
        const order = [...question.items];
        const [moved] = order.splice(from % order.length, 1);
        order.splice(to % (order.length + 1), 0, moved ?? "");
        const n = order.length;
        expect(grade(question, { type: "ordering", order }).score).toBeGreaterThanOrEqual(
          1 - 2 / n - 1e-12,
        );
      }),
    );
  });

  it("never lets a multiple-choice score rise by choosing an extra wrong option", () => {
    fc.assert(
      fc.property(
        multipleChoiceQuestion.chain((question) =>
          fc.tuple(fc.constant(question), validResponseFor(question)),
        ),
        ([question, response]) => {
          const wrongUnchosen = question.choices.find(
            (choice) => !choice.correct && !response.choiceIds.includes(choice.id),
          );
          fc.pre(wrongUnchosen !== undefined);
          const more = { ...response, choiceIds: [...response.choiceIds, wrongUnchosen?.id ?? ""] };
          expect(grade(question, more).score).toBeLessThanOrEqual(grade(question, response).score);
        },
      ),
    );
  });
});

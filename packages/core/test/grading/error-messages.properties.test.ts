import { bank } from "@quizdeck/content/bank";
import type { Question } from "@quizdeck/content/schema";
import { InvalidResponseError, parseResponse } from "@quizdeck/core/grading";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validResponseFor } from "./arbitraries.ts";

/**
 * The strings that would give a question's key away: the correct options'
 * texts, the accepted typed answers, the right sides of the pairs and the
 * items in order. An error message may repeat what the response itself said,
 * never anything else of these.
 */
function keyStrings(question: Question): string[] {
  switch (question.type) {
    case "single-choice":
    case "multiple-choice":
      return question.choices.filter((choice) => choice.correct).map((choice) => choice.text);
    case "cloze":
      return question.accept.flat();
    case "matching":
      return question.pairs.map((pair) => pair.right);
    case "ordering":
      return question.items;
    case "true-false":
      return [];
  }
}

/** Responses with the wrong shape: missing or extra parts, wrong types, unknown values. */
function malformedResponseFor(question: Question): fc.Arbitrary<unknown> {
  const junk = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null), fc.boolean());
  const generic = fc.oneof(
    junk,
    fc.record({ type: fc.constant(question.type) }),
    fc.dictionary(fc.string({ maxLength: 6 }), junk, { maxKeys: 3 }),
  );
  const valid = validResponseFor(question);
  const damaged = valid.chain((response) => {
    const entries = Object.entries(response as Record<string, unknown>);
    return fc.oneof(
      // A part of the answer dropped, or cut short.
      fc.constant(
        Object.fromEntries(
          entries.map(([key, value]) => [key, Array.isArray(value) ? value.slice(1) : value]),
        ),
      ),
      // A part repeated.
      fc.constant(
        Object.fromEntries(
          entries.map(([key, value]) => [
            key,
            Array.isArray(value) && value.length > 0 ? [...value, value[0]] : value,
          ]),
        ),
      ),
      // An unknown value in place of a part.
      fc
        .string({ maxLength: 8 })
        .map((stranger) =>
          Object.fromEntries(
            entries.map(([key, value]) => [
              key,
              Array.isArray(value) && value.length > 0
                ? [stranger, ...value.slice(1)]
                : key === "type"
                  ? value
                  : stranger,
            ]),
          ),
        ),
    );
  });
  return fc.oneof(generic, damaged);
}

describe("error messages never carry an answer key", () => {
  it.each(bank.questions.map((question) => [question.id, question] as const))(
    "%s: a malformed response is refused with a message about its shape only",
    (_id, question) => {
      const keys = keyStrings(question);
      let refused = 0;
      fc.assert(
        fc.property(malformedResponseFor(question), (response) => {
          let error: unknown;
          try {
            parseResponse(question, response);
            return;
          } catch (caught) {
            error = caught;
          }
          expect(error).toBeInstanceOf(InvalidResponseError);
          refused += 1;
          // The reason is what reaches a student (the full message also names the bank id, for logs).
          const message = (error as InvalidResponseError).reason;
          const sent = JSON.stringify(response) ?? "";
          for (const key of keys) {
            if (message.includes(key)) expect(sent, `"${key}" in: ${message}`).toContain(key);
          }
          expect(message).not.toContain(question.explanation);
        }),
        { numRuns: 40, seed: 20_261_206 },
      );
      expect(refused).toBeGreaterThan(0);
    },
  );
});

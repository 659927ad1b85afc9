import {
  type ClozeQuestion,
  clozeQuestionSchema,
  type MatchingQuestion,
  type MultipleChoiceQuestion,
  matchingQuestionSchema,
  multipleChoiceQuestionSchema,
  normalizeForComparison,
  type OrderingQuestion,
  orderingQuestionSchema,
  type Question,
  type SingleChoiceQuestion,
  singleChoiceQuestionSchema,
  type TrueFalseQuestion,
  trueFalseQuestionSchema,
} from "@quizdeck/content/schema";
import type { QuestionResponse, ResponseOfType } from "@quizdeck/core/grading";
import fc from "fast-check";
import { questionBase } from "./fixtures.ts";

/**
 * Random questions that pass the content schema, and random valid responses to them.
 * Texts are arbitrary printable strings, so the grader meets spaces, punctuation and
 * near-duplicates; they are unique once normalised, as the schema demands.
 */

const text = fc.string({ minLength: 1, maxLength: 12 }).filter((value) => value.trim() !== "");

const uniqueTexts = (minLength: number, maxLength: number) =>
  fc.uniqueArray(text, { minLength, maxLength, selector: normalizeForComparison });

/** A typed answer the grader can accept: it has a letter or a digit. */
const acceptedAnswer = fc
  .oneof(text, fc.constantFrom("Zagorskí", "Tashkent", "CSTO", "U.S.", "2014", "Islam Karimov"))
  .filter((value) => /[\p{L}\p{N}]/u.test(value));

const choiceIds = (count: number) => [..."abcdefgh"].slice(0, count);

export const singleChoiceQuestion: fc.Arbitrary<SingleChoiceQuestion> = uniqueTexts(2, 8).chain(
  (texts) =>
    fc.nat({ max: texts.length - 1 }).map((correctIndex) =>
      singleChoiceQuestionSchema.parse({
        ...questionBase("q-random-single"),
        type: "single-choice",
        choices: texts.map((choiceText, index) => ({
          id: choiceIds(texts.length)[index],
          text: choiceText,
          correct: index === correctIndex,
        })),
      }),
    ),
);

export const multipleChoiceQuestion: fc.Arbitrary<MultipleChoiceQuestion> = uniqueTexts(3, 8)
  .chain((texts) =>
    fc
      .array(fc.boolean(), { minLength: texts.length, maxLength: texts.length })
      .filter((flags) => flags.filter(Boolean).length >= 2 && flags.includes(false))
      .map((flags) => ({ texts, flags })),
  )
  .map(({ texts, flags }) =>
    multipleChoiceQuestionSchema.parse({
      ...questionBase("q-random-multiple"),
      type: "multiple-choice",
      choices: texts.map((choiceText, index) => ({
        id: choiceIds(texts.length)[index],
        text: choiceText,
        correct: flags[index],
      })),
    }),
  );

export const trueFalseQuestion: fc.Arbitrary<TrueFalseQuestion> = fc.boolean().map((answer) =>
  trueFalseQuestionSchema.parse({
    ...questionBase("q-random-true-false"),
    type: "true-false",
    answer,
  }),
);

export const clozeQuestion: fc.Arbitrary<ClozeQuestion> = fc
  .array(
    fc.uniqueArray(acceptedAnswer, {
      minLength: 1,
      maxLength: 3,
      selector: normalizeForComparison,
    }),
    {
      minLength: 1,
      maxLength: 4,
    },
  )
  .map((accept) =>
    clozeQuestionSchema.parse({
      ...questionBase("q-random-cloze"),
      type: "cloze",
      text: accept.map((_, index) => `Blank {{${index + 1}}}.`).join(" "),
      accept,
    }),
  );

export const matchingQuestion: fc.Arbitrary<MatchingQuestion> = fc
  .integer({ min: 3, max: 7 })
  .chain((count) => fc.tuple(uniqueTexts(count, count), uniqueTexts(count, count)))
  .map(([lefts, rights]) =>
    matchingQuestionSchema.parse({
      ...questionBase("q-random-matching"),
      type: "matching",
      pairs: lefts.map((left, index) => ({ left, right: rights[index] })),
    }),
  );

export const orderingQuestion: fc.Arbitrary<OrderingQuestion> = uniqueTexts(3, 8).map((items) =>
  orderingQuestionSchema.parse({ ...questionBase("q-random-ordering"), type: "ordering", items }),
);

export const anyQuestion: fc.Arbitrary<Question> = fc.oneof(
  singleChoiceQuestion,
  multipleChoiceQuestion,
  trueFalseQuestion,
  clozeQuestion,
  matchingQuestion,
  orderingQuestion,
);

/** A full-length random permutation. */
export const permutationOf = <T>(values: readonly T[]): fc.Arbitrary<T[]> =>
  fc.shuffledSubarray([...values], { minLength: values.length, maxLength: values.length });

/** A random typed answer: an accepted variant, a mangled one, or anything at all. */
const typedAnswerFor = (accepted: readonly string[]) =>
  fc.oneof(
    fc.constantFrom(...accepted),
    fc
      .tuple(fc.constantFrom(...accepted), fc.nat(), fc.string({ maxLength: 1 }))
      .map(([answer, at, insert]) => {
        const i = at % (answer.length + 1);
        return answer.slice(0, i) + insert + answer.slice(i + 1);
      }),
    fc.string({ maxLength: 20 }),
    fc.constantFrom("", "   ", "?!"),
  );

/** Any response that parseResponse accepts for `question`. */
export function validResponseFor<Q extends Question>(
  question: Q,
): fc.Arbitrary<ResponseOfType<Q["type"]>> {
  return responseArbitrary(question) as fc.Arbitrary<ResponseOfType<Q["type"]>>;
}

function responseArbitrary(question: Question): fc.Arbitrary<QuestionResponse> {
  switch (question.type) {
    case "single-choice":
      return fc
        .constantFrom(...question.choices.map((choice) => choice.id))
        .map((choiceId) => ({ type: "single-choice", choiceId }));
    case "multiple-choice":
      return fc
        .shuffledSubarray(question.choices.map((choice) => choice.id))
        .map((choiceIds) => ({ type: "multiple-choice", choiceIds }));
    case "true-false":
      return fc.boolean().map((answer) => ({ type: "true-false", answer }));
    case "cloze":
      return fc
        .tuple(...question.accept.map((accepted) => typedAnswerFor(accepted)))
        .map((blanks) => ({ type: "cloze", blanks }));
    case "matching": {
      const rights = question.pairs.map((pair) => pair.right);
      return fc
        .tuple(
          ...question.pairs.map((pair) =>
            fc.constantFrom(...rights).map((right) => ({ left: pair.left, right })),
          ),
        )
        .chain((matches) => permutationOf(matches))
        .map((matches) => ({ type: "matching", matches }));
    }
    case "ordering":
      return permutationOf(question.items).map((order) => ({ type: "ordering", order }));
  }
}

/** A question together with a valid response to it. */
export const questionAndResponse = anyQuestion.chain((question) =>
  validResponseFor(question).map((response) => ({ question, response })),
);

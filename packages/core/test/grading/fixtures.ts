import {
  type ClozeQuestion,
  clozeQuestionSchema,
  type MatchingQuestion,
  type MultipleChoiceQuestion,
  matchingQuestionSchema,
  multipleChoiceQuestionSchema,
  type OrderingQuestion,
  orderingQuestionSchema,
  type SingleChoiceQuestion,
  singleChoiceQuestionSchema,
  type TrueFalseQuestion,
  trueFalseQuestionSchema,
} from "@quizdeck/content/schema";

/** The fields every question needs but grading never reads. */
export function questionBase(id: string) {
  return {
    id,
    prompt: "A fixture prompt for the grading tests.",
    explanation: "A fixture explanation for the grading tests.",
    evidence: [{ paragraphId: "p01", quote: "a fixture quote of the article" }],
    tags: ["csto"],
    difficulty: 1,
    level: "recall",
  } as const;
}

// Every fixture goes through the content schema, so the grader is tested on
// questions exactly as the bank hands them over.

export const singleChoice: SingleChoiceQuestion = singleChoiceQuestionSchema.parse({
  ...questionBase("q-fixture-single"),
  type: "single-choice",
  choices: [
    { id: "a", text: "Moscow", correct: false },
    { id: "b", text: "Tashkent", correct: true },
    { id: "c", text: "Dushanbe", correct: false },
  ],
});

/** Five options, three of them correct: a, b, c. */
export const multipleChoice: MultipleChoiceQuestion = multipleChoiceQuestionSchema.parse({
  ...questionBase("q-fixture-multiple"),
  type: "multiple-choice",
  choices: [
    { id: "a", text: "Russia", correct: true },
    { id: "b", text: "Kazakhstan", correct: true },
    { id: "c", text: "Tajikistan", correct: true },
    { id: "d", text: "Turkmenistan", correct: false },
    { id: "e", text: "Mongolia", correct: false },
  ],
});

export const trueFalse: TrueFalseQuestion = trueFalseQuestionSchema.parse({
  ...questionBase("q-fixture-true-false"),
  type: "true-false",
  answer: false,
});

/** Three blanks: a surname (diacritic variant), an acronym or its long form, a year. */
export const cloze: ClozeQuestion = clozeQuestionSchema.parse({
  ...questionBase("q-fixture-cloze"),
  type: "cloze",
  text: "Andrei {{1}} argued that the {{2}} could help after {{3}}.",
  accept: [["Zagorski", "Zagorskí"], ["CSTO", "Collective Security Treaty Organization"], ["2014"]],
});

/** Four pairs. */
export const matching: MatchingQuestion = matchingQuestionSchema.parse({
  ...questionBase("q-fixture-matching"),
  type: "matching",
  pairs: [
    { left: "Yevgeny Buzhinsky", right: "PIR Center" },
    { left: "Andrei Zagorski", right: "MGIMO" },
    { left: "Islam Karimov", right: "Uzbekistan" },
    { left: "Joshua Kucera", right: "EurasiaNet" },
  ],
});

/** Five items, in their correct order. */
export const ordering: OrderingQuestion = orderingQuestionSchema.parse({
  ...questionBase("q-fixture-ordering"),
  type: "ordering",
  items: ["first", "second", "third", "fourth", "fifth"],
});

export const fixtures = [singleChoice, multipleChoice, trueFalse, cloze, matching, ordering];

import { buzhinskyAndPolicyShiftQuestions } from "./buzhinsky-and-policy-shift.ts";
import { centralAsianStancesQuestions } from "./central-asian-stances.ts";
import { openingQuestions } from "./opening.ts";
import type { QuestionInput } from "./question-input.ts";
import { usSkepticismAndCableQuestions } from "./us-skepticism-and-cable.ts";
import { wholeArticleQuestions } from "./whole-article.ts";
import { zagorskiAndOutlookQuestions } from "./zagorski-and-outlook.ts";

export type { QuestionInput } from "./question-input.ts";

/** Every question in the bank, in article order, whole-article questions last. */
export const questions: QuestionInput[] = [
  ...openingQuestions,
  ...buzhinskyAndPolicyShiftQuestions,
  ...usSkepticismAndCableQuestions,
  ...centralAsianStancesQuestions,
  ...zagorskiAndOutlookQuestions,
  ...wholeArticleQuestions,
];

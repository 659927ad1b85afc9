export { answerKey } from "./answer-key.ts";
export { optimalStringAlignmentDistance } from "./edit-distance.ts";
export { grade } from "./grade.ts";
export type {
  BlankFeedback,
  ChoiceFeedback,
  ChoiceVerdict,
  GradeResult,
  GradeResultOf,
  PairFeedback,
  PartFeedback,
  PartFeedbackByType,
  PositionFeedback,
  StatementFeedback,
} from "./grade-result.ts";
export { type InvalidResponseCode, InvalidResponseError } from "./invalid-response-error.ts";
export { parseResponse } from "./parse-response.ts";
export {
  type ClozeResponse,
  clozeResponseSchema,
  type MatchingResponse,
  type MultipleChoiceResponse,
  matchingResponseSchema,
  multipleChoiceResponseSchema,
  type OrderingResponse,
  orderingResponseSchema,
  type QuestionResponse,
  questionResponseSchema,
  type ResponseOfType,
  responseSchemas,
  type SingleChoiceResponse,
  singleChoiceResponseSchema,
  type TrueFalseResponse,
  trueFalseResponseSchema,
} from "./response-schemas.ts";
export {
  MIN_LETTERS_FOR_TYPO,
  matchTypedAnswer,
  normalizeTypedAnswer,
  type TypedAnswerMatch,
} from "./typed-answer.ts";

import type { QuestionType } from "@quizdeck/content/schema";
import { z } from "zod";

/**
 * What a student sends back, one shape per question type. The shapes are strict:
 * an unknown key is a malformed response, not something to ignore.
 *
 * Matching and ordering responses name items by their exact text, never by an id,
 * because the UI shuffles them and must not be able to read the key from ids.
 */
export const singleChoiceResponseSchema = z.strictObject({
  type: z.literal("single-choice"),
  choiceId: z.string(),
});

/** An empty `choiceIds` is a valid answer ("none of them") and scores 0. */
export const multipleChoiceResponseSchema = z.strictObject({
  type: z.literal("multiple-choice"),
  choiceIds: z.array(z.string()),
});

export const trueFalseResponseSchema = z.strictObject({
  type: z.literal("true-false"),
  answer: z.boolean(),
});

/** One typed answer per blank, in order: `blanks[0]` fills {{1}}. */
export const clozeResponseSchema = z.strictObject({
  type: z.literal("cloze"),
  blanks: z.array(z.string()),
});

/** Every left side of the question, each paired once with a right side of the question. */
export const matchingResponseSchema = z.strictObject({
  type: z.literal("matching"),
  matches: z.array(z.strictObject({ left: z.string(), right: z.string() })),
});

/** The question's items, all of them, in the order the student put them. */
export const orderingResponseSchema = z.strictObject({
  type: z.literal("ordering"),
  order: z.array(z.string()),
});

export const responseSchemas = {
  "single-choice": singleChoiceResponseSchema,
  "multiple-choice": multipleChoiceResponseSchema,
  "true-false": trueFalseResponseSchema,
  cloze: clozeResponseSchema,
  matching: matchingResponseSchema,
  ordering: orderingResponseSchema,
} as const satisfies Record<QuestionType, z.ZodType>;

export const questionResponseSchema = z.discriminatedUnion("type", [
  singleChoiceResponseSchema,
  multipleChoiceResponseSchema,
  trueFalseResponseSchema,
  clozeResponseSchema,
  matchingResponseSchema,
  orderingResponseSchema,
]);

export type SingleChoiceResponse = z.infer<typeof singleChoiceResponseSchema>;
export type MultipleChoiceResponse = z.infer<typeof multipleChoiceResponseSchema>;
export type TrueFalseResponse = z.infer<typeof trueFalseResponseSchema>;
export type ClozeResponse = z.infer<typeof clozeResponseSchema>;
export type MatchingResponse = z.infer<typeof matchingResponseSchema>;
export type OrderingResponse = z.infer<typeof orderingResponseSchema>;
/** Named QuestionResponse, not Response, so it never shadows the fetch API's Response. */
export type QuestionResponse = z.infer<typeof questionResponseSchema>;
export type ResponseOfType<T extends QuestionType> = Extract<QuestionResponse, { type: T }>;

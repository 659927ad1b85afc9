import type {
  ClozeQuestion,
  MatchingQuestion,
  MultipleChoiceQuestion,
  OrderingQuestion,
  Question,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from "@quizdeck/content/schema";
import { z } from "zod";
import { InvalidResponseError } from "./invalid-response-error.ts";
import {
  type ClozeResponse,
  clozeResponseSchema,
  type MatchingResponse,
  type MultipleChoiceResponse,
  matchingResponseSchema,
  multipleChoiceResponseSchema,
  type OrderingResponse,
  orderingResponseSchema,
  type QuestionResponse,
  type ResponseOfType,
  type SingleChoiceResponse,
  singleChoiceResponseSchema,
  type TrueFalseResponse,
  trueFalseResponseSchema,
} from "./response-schemas.ts";

/**
 * Validates untrusted input as a response to `question` and returns it typed.
 * Throws InvalidResponseError when it has the wrong shape, is for another question
 * type, names a choice, blank, left, right or item the question does not have, or
 * does not answer every part exactly once (see the response schemas).
 */
export function parseResponse<Q extends Question>(
  question: Q,
  raw: unknown,
): ResponseOfType<Q["type"]> {
  return validateResponse(question, raw) as ResponseOfType<Q["type"]>;
}

function validateResponse(question: Question, raw: unknown): QuestionResponse {
  switch (question.type) {
    case "single-choice":
      return parseSingleChoiceResponse(question, raw);
    case "multiple-choice":
      return parseMultipleChoiceResponse(question, raw);
    case "true-false":
      return parseTrueFalseResponse(question, raw);
    case "cloze":
      return parseClozeResponse(question, raw);
    case "matching":
      return parseMatchingResponse(question, raw);
    case "ordering":
      return parseOrderingResponse(question, raw);
  }
}

function rejectOtherType(question: Question, raw: unknown): void {
  if (typeof raw !== "object" || raw === null || !("type" in raw)) return;
  if (raw.type !== question.type) {
    throw new InvalidResponseError(
      "type-mismatch",
      `response type ${JSON.stringify(raw.type)} does not match question type "${question.type}"`,
      question.id,
    );
  }
}

function parseShape<S extends z.ZodType>(schema: S, question: Question, raw: unknown): z.infer<S> {
  rejectOtherType(question, raw);
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw new InvalidResponseError(
      "malformed",
      `not a ${question.type} response: ${z.prettifyError(result.error)}`,
      question.id,
    );
  }
  return result.data;
}

export function parseSingleChoiceResponse(
  question: SingleChoiceQuestion,
  raw: unknown,
): SingleChoiceResponse {
  const response = parseShape(singleChoiceResponseSchema, question, raw);
  rejectUnknownChoices(question, [response.choiceId]);
  return response;
}

export function parseMultipleChoiceResponse(
  question: MultipleChoiceQuestion,
  raw: unknown,
): MultipleChoiceResponse {
  const response = parseShape(multipleChoiceResponseSchema, question, raw);
  rejectUnknownChoices(question, response.choiceIds);
  const twice = firstDuplicate(response.choiceIds);
  if (twice !== undefined) {
    throw new InvalidResponseError(
      "duplicate-choice",
      // Not named: the web reads option references into bank ids, and an echo would pair them.
      "the same choice is chosen more than once",
      question.id,
    );
  }
  return response;
}

export function parseTrueFalseResponse(
  question: TrueFalseQuestion,
  raw: unknown,
): TrueFalseResponse {
  return parseShape(trueFalseResponseSchema, question, raw);
}

export function parseClozeResponse(question: ClozeQuestion, raw: unknown): ClozeResponse {
  const response = parseShape(clozeResponseSchema, question, raw);
  if (response.blanks.length !== question.accept.length) {
    throw new InvalidResponseError(
      "wrong-blank-count",
      `the question has ${question.accept.length} blank(s) but the response fills ${response.blanks.length}`,
      question.id,
    );
  }
  return response;
}

export function parseMatchingResponse(question: MatchingQuestion, raw: unknown): MatchingResponse {
  const response = parseShape(matchingResponseSchema, question, raw);
  const lefts = new Set(question.pairs.map((pair) => pair.left));
  const rights = new Set(question.pairs.map((pair) => pair.right));
  const seen = new Set<string>();
  for (const { left, right } of response.matches) {
    if (!lefts.has(left)) {
      throw new InvalidResponseError(
        "unknown-left",
        `${JSON.stringify(left)} is not a left side of this question`,
        question.id,
      );
    }
    if (!rights.has(right)) {
      throw new InvalidResponseError(
        "unknown-right",
        `${JSON.stringify(right)} is not a right side of this question`,
        question.id,
      );
    }
    if (seen.has(left)) {
      throw new InvalidResponseError(
        "duplicate-left",
        `${JSON.stringify(left)} is matched more than once`,
        question.id,
      );
    }
    seen.add(left);
  }
  const missing = [...lefts].filter((left) => !seen.has(left));
  if (missing.length > 0) {
    throw new InvalidResponseError(
      "missing-left",
      // Counted, not listed: the shape is wrong, and the message must not carry the key.
      `every left side must be matched; ${missing.length} ${missing.length === 1 ? "is" : "are"} not`,
      question.id,
    );
  }
  return response;
}

export function parseOrderingResponse(question: OrderingQuestion, raw: unknown): OrderingResponse {
  const response = parseShape(orderingResponseSchema, question, raw);
  const items = new Set(question.items);
  const unknown = response.order.find((item) => !items.has(item));
  if (unknown !== undefined) {
    throw new InvalidResponseError(
      "unknown-item",
      `${JSON.stringify(unknown)} is not an item of this question`,
      question.id,
    );
  }
  const twice = firstDuplicate(response.order);
  if (twice !== undefined) {
    throw new InvalidResponseError(
      "duplicate-item",
      `${JSON.stringify(twice)} appears more than once in the order`,
      question.id,
    );
  }
  const placed = new Set(response.order);
  const missing = question.items.filter((item) => !placed.has(item));
  if (missing.length > 0) {
    throw new InvalidResponseError(
      "missing-item",
      // Counted, not listed: the items are stored in their correct order, which is the key.
      `the order must place every item; ${missing.length} ${missing.length === 1 ? "is" : "are"} missing`,
      question.id,
    );
  }
  return response;
}

function rejectUnknownChoices(
  question: SingleChoiceQuestion | MultipleChoiceQuestion,
  choiceIds: readonly string[],
): void {
  const known = new Set(question.choices.map((choice) => choice.id));
  const unknown = choiceIds.find((id) => !known.has(id));
  if (unknown !== undefined) {
    throw new InvalidResponseError(
      "unknown-choice",
      `${JSON.stringify(unknown)} is not a choice of this question`,
      question.id,
    );
  }
}

function firstDuplicate(values: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return undefined;
}

import type { z } from "zod";

/**
 * The error vocabulary of the data layer. The web layer maps each code to a
 * status and a message (404, 403, 409, 422, 410), so no expected failure ever
 * surfaces as a 500.
 */
export type DataErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "CONFLICT"
  | "INVALID_INPUT"
  | "DEADLINE_PASSED";

export abstract class DataError extends Error {
  abstract readonly code: DataErrorCode;
}

export class NotFoundError extends DataError {
  readonly code = "NOT_FOUND";
  override readonly name = "NotFoundError";
}

export class ForbiddenError extends DataError {
  readonly code = "FORBIDDEN";
  override readonly name = "ForbiddenError";
}

export class ConflictError extends DataError {
  readonly code = "CONFLICT";
  override readonly name = "ConflictError";
}

export class DeadlinePassedError extends DataError {
  readonly code = "DEADLINE_PASSED";
  override readonly name = "DeadlinePassedError";
}

export class InvalidInputError extends DataError {
  readonly code = "INVALID_INPUT";
  override readonly name = "InvalidInputError";
  constructor(
    message: string,
    /** Messages per input field, for forms to show beside the field. */
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

/**
 * The one place zod's issues become people's messages: per field (a dotted
 * path, "_" for the whole input) and one summary sentence naming each field.
 */
export function invalidInputFrom(error: z.ZodError): InvalidInputError {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "_";
    fieldErrors[key] = [...(fieldErrors[key] ?? []), issueMessage(issue)];
  }
  return invalidInput(fieldErrors);
}

function invalidInput(fieldErrors: Record<string, string[]>): InvalidInputError {
  const summary = Object.entries(fieldErrors)
    .map(([field, messages]) => (field === "_" ? messages[0] : `${field}: ${messages[0]}`))
    .join("; ");
  return new InvalidInputError(`Invalid input: ${summary}`, fieldErrors);
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") return `Unknown field(s): ${issue.keys.join(", ")}.`;
  if (issue.code === "invalid_type" && issue.path.length === 0) return "Send a JSON object.";
  return issue.message;
}

/** Parses untrusted input with `schema`, or throws the InvalidInputError that says what is wrong. */
export function parseWith<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalidInputFrom(parsed.error);
  return parsed.data;
}

/**
 * What each use case calls on its options: `parseWith`, and text the database
 * cannot hold refused too. Postgres stores no NUL character and the query
 * engine takes no unpaired surrogate, so either would otherwise fail the
 * query (a 500) instead of the request.
 */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): z.output<Schema> {
  const data = parseWith(schema, input);
  const fieldErrors: Record<string, string[]> = {};
  for (const key of unstorableTextPaths(data, [])) fieldErrors[key] = [UNSTORABLE_MESSAGE];
  if (Object.keys(fieldErrors).length > 0) throw invalidInput(fieldErrors);
  return data;
}

/** `parseInput` that returns its refusal instead of throwing it, for a use case that must report it later. */
export function tryParseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): { ok: true; data: z.output<Schema> } | { ok: false; error: InvalidInputError } {
  try {
    return { ok: true, data: parseInput(schema, input) };
  } catch (error) {
    if (error instanceof InvalidInputError) return { ok: false, error };
    throw error;
  }
}

const UNSTORABLE_MESSAGE =
  "This contains a character that cannot be stored (a NUL character or an unpaired surrogate).";
/** A high surrogate with no low one after it, or a low one with no high one before it. */
const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const unstorable = (text: string) => text.includes("\u0000") || UNPAIRED_SURROGATE.test(text);

/** Where in `value` (plain objects and arrays, keys included) a string holds unstorable text. */
function unstorableTextPaths(value: unknown, path: string[]): string[] {
  const here = path.length > 0 ? path.join(".") : "_";
  if (typeof value === "string") return unstorable(value) ? [here] : [];
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => unstorableTextPaths(item, [...path, String(index)]));
  }
  if (
    typeof value !== "object" ||
    value === null ||
    Object.getPrototypeOf(value) !== Object.prototype
  ) {
    return [];
  }
  return Object.entries(value).flatMap(([key, item]) =>
    unstorable(key) ? [here] : unstorableTextPaths(item, [...path, key]),
  );
}

/** Whether an error means the database was away (answered 503, not 500): database-unavailable.ts. */
export { isDatabaseUnavailable } from "./database-unavailable.ts";

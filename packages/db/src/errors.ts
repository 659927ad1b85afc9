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
 * Validates untrusted input, turning zod's issues into an InvalidInputError.
 * Text the database cannot hold is refused here too: Postgres stores no NUL
 * character and the query engine takes no unpaired surrogate, so either would
 * otherwise fail the query (a 500) instead of the request.
 */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): z.output<Schema> {
  const parsed = schema.safeParse(input);
  const fieldErrors: Record<string, string[]> = {};
  if (parsed.success) {
    for (const key of unstorableTextPaths(parsed.data, [])) {
      fieldErrors[key] = [UNSTORABLE_MESSAGE];
    }
    if (Object.keys(fieldErrors).length === 0) return parsed.data;
  } else {
    for (const issue of parsed.error.issues) {
      const key = issue.path.length > 0 ? issue.path.join(".") : "_";
      fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
    }
  }
  const summary = Object.entries(fieldErrors)
    .map(([field, messages]) => (field === "_" ? messages[0] : `${field}: ${messages[0]}`))
    .join("; ");
  throw new InvalidInputError(`Invalid input: ${summary}`, fieldErrors);
}

const UNSTORABLE_MESSAGE =
  "contains a character that cannot be stored (a NUL character or an unpaired surrogate).";
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

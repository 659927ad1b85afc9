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

/** Validates untrusted input, turning zod's issues into an InvalidInputError. */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "_";
    fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
  }
  const summary = Object.entries(fieldErrors)
    .map(([field, messages]) => (field === "_" ? messages[0] : `${field}: ${messages[0]}`))
    .join("; ");
  throw new InvalidInputError(`Invalid input: ${summary}`, fieldErrors);
}

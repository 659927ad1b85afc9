import { z } from "zod";

/** Longer than any id we make: anything longer is not one of ours. */
export const MAX_ID_LENGTH = 100;
/** The store refuses more; a tab left open overnight is clamped, not refused. */
export const MAX_TIME_SPENT_MS = 6 * 60 * 60 * 1000;

function typeError(field: string, kind: string) {
  return {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined ? `${field} is missing.` : `${field} must be ${kind}.`,
  };
}

const responseBodySchema = z.strictObject({
  questionId: z
    .string(typeError("questionId", "a string"))
    .min(1, "questionId is missing.")
    .max(200, "questionId is too long."),
  clientId: z
    .string(typeError("clientId", "a string"))
    .min(8, "clientId is too short.")
    .max(MAX_ID_LENGTH, "clientId is too long."),
  revision: z
    .number(typeError("revision", "a number"))
    .int("revision must be a whole number.")
    .min(1, "revision starts at 1.")
    .max(10_000, "revision is too large."),
  response: z
    .record(z.string(), z.unknown(), typeError("response", "an object"))
    .refine((value) => typeof value.type === "string", "response.type is missing."),
  timeSpentMs: z
    .number({ error: "timeSpentMs must be a number." })
    .min(0, "timeSpentMs cannot be negative.")
    .transform((value) => Math.min(Math.round(value), MAX_TIME_SPENT_MS))
    .default(0),
});

export type ResponseBody = z.output<typeof responseBodySchema>;

export type Validated<T> =
  | { ok: true; value: T }
  | { ok: false; message: string; fieldErrors: Record<string, string[]> };

/** Checks the body of `POST /api/attempts/[attemptId]/responses`. */
export function validateResponseBody(body: unknown): Validated<ResponseBody> {
  const parsed = responseBodySchema.safeParse(body);
  if (parsed.success) return { ok: true, value: parsed.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "_";
    fieldErrors[key] = [...(fieldErrors[key] ?? []), issueMessage(issue)];
  }
  const first = Object.entries(fieldErrors)[0];
  const summary = first?.[1][0] ?? "the body is not valid.";
  return { ok: false, message: `Invalid answer: ${summary}`, fieldErrors };
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") return `Unknown field(s): ${issue.keys.join(", ")}.`;
  if (issue.code === "invalid_type" && issue.path.length === 0)
    return "The body must be a JSON object.";
  return issue.message;
}

/** An attempt id from the URL: ours are UUIDs; anything odd cannot exist. */
export function isPlausibleId(id: string): boolean {
  return id.length > 0 && id.length <= MAX_ID_LENGTH && /^[A-Za-z0-9_-]+$/.test(id);
}

import { z } from "zod";
import { LIMITS } from "./limits.ts";

/** A message that names the field when it is missing or of the wrong kind (these are API fields). */
function kind(field: string, what: string) {
  return {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined ? `${field} is missing.` : `${field} must be ${what}.`,
  };
}

/** Made by the client per answer or rating and reused on every retry, so a retried save applies once. */
export const clientIdField = z
  .string(kind("clientId", "a string"))
  .min(LIMITS.clientIdMin, `clientId must be at least ${LIMITS.clientIdMin} characters.`)
  .max(LIMITS.clientIdMax, `clientId must be at most ${LIMITS.clientIdMax} characters.`)
  .regex(/^[A-Za-z0-9_-]+$/, "clientId may contain only letters, digits, '-' and '_'.");

/** A question as the client names it: its bank id or the attempt's opaque reference. */
export const questionRefField = z
  .string(kind("questionId", "a string"))
  .min(1, "questionId is missing.")
  .max(LIMITS.questionRefMax, "questionId is too long.");

/** Grows each time the student changes an answer: a late retry of an older one never wins. */
export const revisionField = z
  .number(kind("revision", "a number"))
  .int("revision must be a whole number.")
  .min(1, "revision starts at 1.")
  .max(LIMITS.revisionMax, "revision is too large.");

/** Time on the question; a tab left open overnight is clamped, not refused. */
export const timeSpentField = z
  .number(kind("timeSpentMs", "a number"))
  .min(0, "timeSpentMs cannot be negative.")
  .transform((value) => Math.min(Math.round(value), LIMITS.timeSpentMaxMs));

/** The answer itself; its shape per question type is checked by the grader. */
export const responseField = z
  .record(z.string(), z.unknown(), kind("response", "an object"))
  .refine((value) => typeof value.type === "string", "response.type is missing.");

export const flashcardIdField = z
  .string(kind("flashcardId", "a string"))
  .min(1, "flashcardId is missing.")
  .max(LIMITS.questionRefMax, "flashcardId is too long.");

export const ratingField = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
  error: "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).",
});

/** The body of `POST /api/attempts/[attemptId]/responses`: one answer. */
export const answerBodySchema = z.strictObject({
  questionId: questionRefField,
  clientId: clientIdField,
  revision: revisionField,
  response: responseField,
  timeSpentMs: timeSpentField.default(0),
});

/** The body of `POST /api/flashcards/reviews`: one rating. */
export const reviewBodySchema = z.object({
  flashcardId: flashcardIdField,
  rating: ratingField,
  clientId: clientIdField,
});

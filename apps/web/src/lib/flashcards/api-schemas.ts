import { z } from "zod";

/** A client-generated id for one rating (or undo), so a retried request applies once. */
const clientIdSchema = z
  .string({ error: "clientId must be a string." })
  .min(8, "clientId must be at least 8 characters.")
  .max(100, "clientId must be at most 100 characters.")
  .regex(/^[A-Za-z0-9_-]+$/, "clientId may contain only letters, digits, '-' and '_'.");

export const reviewBodySchema = z.object(
  {
    flashcardId: z
      .string({ error: "flashcardId must be a string." })
      .min(1, "flashcardId is required.")
      .max(200, "flashcardId is too long."),
    rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
      error: "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).",
    }),
    clientId: clientIdSchema,
  },
  { error: "Send a JSON object with flashcardId, rating and clientId." },
);
export type ReviewBody = z.infer<typeof reviewBodySchema>;

export const undoBodySchema = z.object(
  {
    reviewLogId: z
      .string({ error: "reviewLogId must be a string." })
      .min(1, "reviewLogId is required.")
      .max(100, "reviewLogId is too long."),
  },
  { error: "Send a JSON object with reviewLogId." },
);
export type UndoBody = z.infer<typeof undoBodySchema>;

/** zod issues as `{field: [messages]}` and one readable sentence. */
export function describeIssues(error: z.ZodError): {
  message: string;
  fieldErrors: Record<string, string[]>;
} {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "_";
    fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
  }
  const message = Object.values(fieldErrors)
    .map((messages) => messages[0])
    .join(" ");
  return { message, fieldErrors };
}

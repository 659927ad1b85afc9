import { z } from "zod";
import { evidenceSchema } from "./evidence.ts";
import { flashcardSchema } from "./flashcard.ts";
import {
  clozeQuestionSchema,
  matchingQuestionSchema,
  multipleChoiceQuestionSchema,
  orderingQuestionSchema,
  singleChoiceQuestionSchema,
  trueFalseQuestionSchema,
} from "./question.ts";
import { tagIdSchema } from "./tag.ts";

/**
 * What a teacher's library item adds to, or relaxes in, a bank item. The per-type
 * rules (options, blanks, pairs, ...) are the bank's own: every bank schema below is
 * extended, not copied. Relaxed here, and only here:
 * - `evidence` may be empty, but only together with `grounded: false` (an imported
 *   question has no source quote until the teacher attaches one);
 * - `tags` may be empty (they still come from the controlled vocabulary);
 * - `explanation` may be empty (many imported questions come without feedback).
 * Added: `grounded` (true when absent, so every bank item is a valid library item)
 * and `labels`, free-form words kept from the source (its tags and category).
 */
const libraryFields = {
  evidence: z.array(evidenceSchema),
  tags: z.array(tagIdSchema),
  explanation: z.string().trim(),
  grounded: z.boolean().default(true),
  labels: z.array(z.string().trim().min(1)).default([]),
};

/** A grounded item quotes the source; an ungrounded one has no quote yet. */
function checkGrounding(
  item: { grounded: boolean; evidence: readonly unknown[] },
  ctx: z.RefinementCtx,
): void {
  if (item.grounded && item.evidence.length === 0) {
    ctx.addIssue({
      code: "custom",
      path: ["evidence"],
      message: "a grounded item needs at least one evidence quote (or grounded: false)",
    });
  }
  if (!item.grounded && item.evidence.length > 0) {
    ctx.addIssue({
      code: "custom",
      path: ["grounded"],
      message: "an item with evidence quotes is grounded: set grounded: true",
    });
  }
}

export const libraryQuestionSchema = z
  .discriminatedUnion("type", [
    singleChoiceQuestionSchema.safeExtend(libraryFields),
    multipleChoiceQuestionSchema.safeExtend(libraryFields),
    trueFalseQuestionSchema.safeExtend(libraryFields),
    clozeQuestionSchema.safeExtend(libraryFields),
    matchingQuestionSchema.safeExtend(libraryFields),
    orderingQuestionSchema.safeExtend(libraryFields),
  ])
  .superRefine(checkGrounding);

export const libraryFlashcardSchema = flashcardSchema
  .safeExtend({
    evidence: libraryFields.evidence,
    tags: libraryFields.tags,
    grounded: libraryFields.grounded,
    labels: libraryFields.labels,
  })
  .superRefine(checkGrounding);

/** Questions and flashcards as a teacher's library holds them (the import's output). */
export const libraryItemsSchema = z.object({
  questions: z.array(libraryQuestionSchema),
  flashcards: z.array(libraryFlashcardSchema),
});

export type LibraryQuestion = z.infer<typeof libraryQuestionSchema>;
export type LibraryFlashcard = z.infer<typeof libraryFlashcardSchema>;
export type LibraryItems = z.infer<typeof libraryItemsSchema>;

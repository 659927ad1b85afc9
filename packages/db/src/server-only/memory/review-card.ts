import { findFlashcard } from "@quizdeck/content/bank";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { NotFoundError, parseInput } from "../../errors.ts";
import { clientIdField, flashcardIdField, ratingField } from "../../fields/answer.ts";
import { inTransaction } from "../../transaction.ts";
import { isLibraryCardId } from "../library/internal/library-card-id.ts";
import { requireUser } from "../user/internal/require-user.ts";
import { applyReview } from "./internal/apply-review.ts";
import { assignedLibraryCards } from "./internal/assigned-library-cards.ts";

const reviewCardSchema = z.object({
  userId: z.string().min(1),
  flashcardId: flashcardIdField,
  rating: ratingField,
  clientId: clientIdField,
});
export type ReviewCardOptions = z.input<typeof reviewCardSchema> & { now?: Date };

/**
 * Records a flashcard rating and reschedules the card. A retried clientId applies
 * once. A bank card is anyone's; a teacher's library card only its students'
 * while an assignment gives it to them (anyone else: it does not exist).
 */
export async function reviewCard(db: Db, options: ReviewCardOptions) {
  const input = parseInput(reviewCardSchema, options);
  const now = options.now ?? new Date();
  const known = isLibraryCardId(input.flashcardId)
    ? (await assignedLibraryCards(db, input.userId, now, [input.flashcardId])).length > 0
    : findFlashcard(input.flashcardId) !== undefined;
  if (!known) throw new NotFoundError("That flashcard does not exist.");
  return inTransaction(db, async (tx) => {
    await requireUser(tx, input.userId);
    return applyReview(tx, {
      userId: input.userId,
      itemId: input.flashcardId,
      itemKind: "flashcard",
      rating: input.rating,
      source: "flashcard",
      clientId: input.clientId,
      now,
    });
  });
}

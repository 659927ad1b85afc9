import { findFlashcard } from "@quizdeck/content/bank";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { NotFoundError, parseInput } from "../../errors.ts";
import { clientIdField, flashcardIdField, ratingField } from "../../fields/answer.ts";
import { inTransaction } from "../../transaction.ts";
import { requireUser } from "../user/internal/require-user.ts";
import { applyReview } from "./internal/apply-review.ts";

const reviewCardSchema = z.object({
  userId: z.string().min(1),
  flashcardId: flashcardIdField,
  rating: ratingField,
  clientId: clientIdField,
});
export type ReviewCardOptions = z.input<typeof reviewCardSchema> & { now?: Date };

/** Records a flashcard rating and reschedules the card. A retried clientId applies once. */
export async function reviewCard(db: Db, options: ReviewCardOptions) {
  const input = parseInput(reviewCardSchema, options);
  const now = options.now ?? new Date();
  if (!findFlashcard(input.flashcardId)) throw new NotFoundError("That flashcard does not exist.");
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

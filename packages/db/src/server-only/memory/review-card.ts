import { findFlashcard } from "@quizdeck/content/bank";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { NotFoundError, parseInput } from "../../errors.ts";
import { inTransaction } from "../../transaction.ts";
import { requireUser } from "../user/require-user.ts";
import { applyReview } from "./apply-review.ts";

const reviewCardSchema = z.object({
  userId: z.string().min(1),
  flashcardId: z.string().min(1).max(200),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
    error: "Rate the card 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).",
  }),
  clientId: z.string().min(8, "clientId is too short").max(100, "clientId is too long"),
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

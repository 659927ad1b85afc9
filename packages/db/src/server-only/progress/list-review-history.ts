import { findFlashcard } from "@quizdeck/content/bank";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { InvalidInputError, parseInput } from "../../errors.ts";
import { isLibraryCardId } from "../library/internal/library-card-id.ts";
import { assignedLibraryCards } from "../memory/internal/assigned-library-cards.ts";
import { historyPageSize } from "./progress-policy.ts";

const listReviewHistorySchema = z.object({
  userId: z.string().min(1),
  limit: historyPageSize,
  /** The id of the last review of the previous page: the page starts after it. */
  after: z.string().min(1).max(100).optional(),
});
export type ListReviewHistoryOptions = z.input<typeof listReviewHistorySchema>;

/**
 * A learner's flashcard reviews, newest first, a page at a time (`nextCursor`
 * is null on the last page), each with the front of its card: the bank's, or a
 * teacher's card as the learner has it now (null once the card is no longer the
 * learner's: the review stays, the teacher's text goes). Undone reviews are left
 * out: they no longer count.
 */
export async function listReviewHistory(db: Db, options: ListReviewHistoryOptions) {
  const { userId, limit, after } = parseInput(listReviewHistorySchema, options);
  const where = { userId, source: "flashcard", undoneAt: null } as const;
  if (
    after &&
    !(await db.reviewLog.findFirst({ where: { ...where, id: after }, select: { id: true } }))
  ) {
    throw new InvalidInputError("That page of your review history does not exist.", {
      after: ["Unknown cursor."],
    });
  }
  const rows = await db.reviewLog.findMany({
    where,
    orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(after ? { cursor: { id: after }, skip: 1 } : {}),
    select: { id: true, itemId: true, rating: true, reviewedAt: true },
  });
  const page = rows.slice(0, limit);
  const libraryIds = [...new Set(page.map((row) => row.itemId).filter(isLibraryCardId))];
  const assigned = new Map(
    (await assignedLibraryCards(db, userId, new Date(), libraryIds)).map((entry) => [
      entry.id,
      entry.card.front,
    ]),
  );
  const frontOf = (id: string) =>
    isLibraryCardId(id) ? (assigned.get(id) ?? null) : (findFlashcard(id)?.front ?? null);
  return {
    reviews: page.map(({ itemId, ...review }) => ({
      ...review,
      flashcardId: itemId,
      front: frontOf(itemId),
    })),
    nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}

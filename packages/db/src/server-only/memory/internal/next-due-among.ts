import type { Db } from "../../../client/create-prisma-client.ts";

/**
 * When the next of these cards falls due after `now`: the earliest due time among
 * those the learner has studied (new cards are never "due", they wait for the daily
 * allowance). Both null when none of them is scheduled.
 */
export async function nextDueAmong(
  db: Db,
  userId: string,
  cardIds: readonly string[],
  now: Date,
): Promise<{ nextDueAt: Date | null; flashcardId: string | null }> {
  if (cardIds.length === 0) return { nextDueAt: null, flashcardId: null };
  const next = await db.itemMemory.findFirst({
    where: {
      userId,
      itemKind: "flashcard",
      state: { not: "new" },
      due: { gt: now },
      itemId: { in: [...cardIds] },
    },
    orderBy: [{ due: "asc" }, { itemId: "asc" }],
    select: { itemId: true, due: true },
  });
  return { nextDueAt: next?.due ?? null, flashcardId: next?.itemId ?? null };
}

import { bank } from "@quizdeck/content/bank";
import { learnerDayNumber, startOfLearnerDay } from "@quizdeck/core/time";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { assignedLibraryCards } from "./internal/assigned-library-cards.ts";
import { nextDueAmong } from "./internal/next-due-among.ts";
import { readMemoryModel } from "./internal/read-memory-model.ts";
import { MEMORY_POLICY } from "./memory-policy.ts";

const getDueQueueSchema = z.object({
  userId: z.string().min(1),
  newCardsPerDay: z
    .number()
    .int()
    .min(0)
    .max(MEMORY_POLICY.newCardsPerDayMax)
    .default(MEMORY_POLICY.newCardsPerDay),
  /** Limit new cards to these (a set or an assignment); all cards by default. */
  flashcardIds: z.array(z.string()).optional(),
});
export type GetDueQueueOptions = z.input<typeof getDueQueueSchema> & { now?: Date };

/**
 * The flashcards to review now: cards in learning whose step has come, review
 * cards due before the learner's next day begins (earliest first), then new
 * cards up to what is left of today's new-card allowance: the cards their
 * teachers assigned from their own libraries first (in the order assigned),
 * then the bank's. "Today" is the learner's day (their time zone, rolling over
 * at the policy's hour), as the scheduler counts it; the model comes along for
 * the previews, and the library cards in scope for their text.
 */
export async function getDueQueue(db: Db, options: GetDueQueueOptions) {
  const input = parseInput(getDueQueueSchema, options);
  const now = options.now ?? new Date();
  const [model, assigned] = await Promise.all([
    readMemoryModel(db, input.userId, now),
    assignedLibraryCards(db, input.userId, now),
  ]);
  const today = learnerDayNumber(now, model.scheduling);
  const dayStart = startOfLearnerDay(today, model.scheduling);
  const dayEnd = startOfLearnerDay(today + 1, model.scheduling);

  // Only the learner's cards (the current bank's and those assigned to them, in
  // the scope) are asked for, so the cost follows how many cards there are,
  // not the length of the learner's history.
  const scope = input.flashcardIds ? new Set(input.flashcardIds) : null;
  const inScope = (id: string) => scope === null || scope.has(id);
  const libraryCards = assigned.filter((entry) => inScope(entry.id));
  const cardIds = [
    ...libraryCards.map((entry) => entry.id),
    ...bank.flashcards.map((card) => card.id).filter(inScope),
  ];
  const [due, seen, newToday, next] = await Promise.all([
    db.itemMemory.findMany({
      where: {
        userId: input.userId,
        itemKind: "flashcard",
        itemId: { in: cardIds },
        OR: [
          { state: { in: ["learning", "relearning"] }, due: { lte: now } },
          { state: "review", due: { lt: dayEnd } },
        ],
      },
      orderBy: { due: "asc" },
    }),
    db.itemMemory.findMany({
      where: {
        userId: input.userId,
        itemKind: "flashcard",
        state: { not: "new" },
        itemId: { in: cardIds },
      },
      select: { itemId: true },
    }),
    db.reviewLog.count({
      where: {
        userId: input.userId,
        source: "flashcard",
        stateBefore: "new",
        undoneAt: null,
        reviewedAt: { gte: dayStart },
      },
    }),
    nextDueAmong(db, input.userId, cardIds, now),
  ]);

  const known = new Set(seen.map((memory) => memory.itemId));
  const allowance = Math.max(0, input.newCardsPerDay - newToday);
  const unseen = cardIds.filter((id) => !known.has(id));

  return {
    due,
    newCardIds: unseen.slice(0, allowance),
    newIntroducedToday: newToday,
    newCardsPerDay: input.newCardsPerDay,
    newCardsWaiting: unseen.length,
    /** When the learner's next day begins (new cards come again). */
    nextDayAt: dayEnd,
    /** The next of these cards to fall due after now. */
    next,
    model,
    libraryCards,
    /** Every library card assigned to the learner, whatever the scope. */
    assignedCardCount: assigned.length,
  };
}

import { bank } from "@quizdeck/content/bank";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { assignedLibraryCards } from "./internal/assigned-library-cards.ts";
import { nextDueAmong } from "./internal/next-due-among.ts";

const getNextDueSchema = z.object({
  userId: z.string().min(1),
  /** Limit to these flashcards (a set); all of the learner's cards by default. */
  flashcardIds: z.array(z.string()).optional(),
});
export type GetNextDueOptions = z.input<typeof getNextDueSchema> & { now?: Date };

/**
 * When the learner's next flashcard falls due after `now`: the earliest due
 * time among cards already studied (new cards are never "due", they wait for
 * the daily allowance). Only the learner's cards count: the bank's and those
 * their teachers assigned them from their libraries (see `assignedLibraryCards`);
 * cards no longer in the bank, or no longer assigned, are ignored. `nextDueAt` is
 * null when no studied card is scheduled (nothing has been studied yet).
 */
export async function getNextDue(db: Db, options: GetNextDueOptions) {
  const input = parseInput(getNextDueSchema, options);
  const now = options.now ?? new Date();
  const assigned = await assignedLibraryCards(db, input.userId, now);
  const existing = [
    ...assigned.map((entry) => entry.id),
    ...bank.flashcards.map((card) => card.id),
  ];
  const scope = input.flashcardIds
    ? existing.filter((id) => input.flashcardIds?.includes(id))
    : existing;
  return nextDueAmong(db, input.userId, scope, now);
}

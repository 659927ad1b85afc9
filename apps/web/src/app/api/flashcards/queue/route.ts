import { getDb } from "@quizdeck/db";
import { NotFoundError } from "@quizdeck/db/errors";
import { z } from "zod";
import { loadFlashcardQueue, readScope } from "@/lib/flashcards/load-queue";
import { defineRoute } from "@/server/route/define-route";

/**
 * The learner's current review queue (`?set=<id>` to limit it to a set): the
 * cards due now with their button intervals, and what falls due next. Read-only;
 * the session calls it at the end to offer more cards and say what is next.
 */
export const GET = defineRoute({
  access: "user",
  query: z.object({
    set: z.string({ error: "Choose one set at a time." }).optional(),
  }),
  rateLimit: "flashcard-queue",
  async handle({ user, query }) {
    const scope = readScope(query.set);
    if (!scope.ok) throw new NotFoundError(scope.message);
    return loadFlashcardQueue(getDb(), {
      userId: user.id,
      set: scope.set,
    });
  },
});

import { getDb } from "@quizdeck/db";
import { storedIdField } from "@quizdeck/db/fields";
import { undoReview } from "@quizdeck/db/memory";
import { z } from "zod";
import type { UndoSavedResponse } from "@/lib/flashcards/types";
import { defineRoute, methodNotAllowed } from "@/server/route/define-route";

/**
 * Takes back a flashcard rating: `{reviewLogId}`. The card returns to its state
 * before the rating; undoing an undone rating again changes nothing.
 */
export const POST = defineRoute({
  access: "user",
  body: z.object({ reviewLogId: storedIdField("reviewLogId") }),
  rateLimit: "flashcard-review",
  async handle({ user, body }) {
    const { log, memory } = await undoReview(getDb(), {
      userId: user.id,
      reviewLogId: body.reviewLogId,
    });
    const reply: UndoSavedResponse = {
      reviewLogId: log.id,
      flashcardId: log.itemId,
      state: memory.state,
      dueAt: memory.due.toISOString(),
    };
    return reply;
  },
});

export const GET = methodNotAllowed("POST {reviewLogId} here to undo a rating.");

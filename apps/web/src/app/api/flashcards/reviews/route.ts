import { formatScheduledInterval, fuzzKeyFor, type ReviewRating } from "@quizdeck/core/scheduling";
import { getDb } from "@quizdeck/db";
import { reviewBodySchema } from "@quizdeck/db/fields";
import { reviewCard, toSnapshot } from "@quizdeck/db/memory";
import { intervalsFor } from "@/lib/flashcards/build-queue";
import type { ReviewSavedResponse } from "@/lib/flashcards/types";
import { defineRoute, methodNotAllowed } from "@/server/route/define-route";

/**
 * Records one flashcard rating: `{flashcardId, rating, clientId}`. A retry with
 * the same clientId is applied once and answers like the first time (200, not 201).
 */
export const POST = defineRoute({
  access: "user",
  body: reviewBodySchema,
  rateLimit: "flashcard-review",
  async handle({ user, body }) {
    const now = new Date();
    const { log, memory, duplicate, scheduling } = await reviewCard(getDb(), {
      ...body,
      userId: user.id,
      now,
    });
    // The buttons' intervals for the card's next showing, at its new due time, scheduled as the review was.
    const showAt = memory.due.getTime() > now.getTime() ? memory.due : now;
    const forCard = { ...scheduling, fuzzKey: fuzzKeyFor(user.id, body.flashcardId) };
    const reply: ReviewSavedResponse = {
      reviewLogId: log.id,
      flashcardId: body.flashcardId,
      rating: log.rating as ReviewRating,
      duplicate,
      state: memory.state,
      dueAt: memory.due.toISOString(),
      interval: formatScheduledInterval(log.reviewedAt, {
        due: memory.due,
        scheduledDays: log.scheduledDays,
      }),
      nextIntervals: intervalsFor(toSnapshot(memory, showAt), showAt, forCard),
      serverNow: now.toISOString(),
    };
    return Response.json(reply, { status: duplicate ? 200 : 201 });
  },
});

export const GET = methodNotAllowed(
  "POST a rating here: {flashcardId, rating: 1–4 (Again/Hard/Good/Easy), clientId}.",
);

import { formatInterval, RATING_LABELS, type ReviewRating } from "@quizdeck/core/scheduling";
import { getDb } from "@quizdeck/db";
import { toSnapshot } from "@quizdeck/db/server-only/memory/apply-review";
import { reviewCard } from "@quizdeck/db/server-only/memory/review-card";
import { type NextRequest, NextResponse } from "next/server";
import { describeIssues, reviewBodySchema } from "@/lib/flashcards/api-schemas";
import { intervalsFor } from "@/lib/flashcards/build-queue";
import type { ReviewSavedResponse } from "@/lib/flashcards/types";
import { openApiWrite } from "@/lib/http/api-user";
import { dataErrorResponse, jsonError } from "@/lib/http/json-error";

/**
 * Records one flashcard rating: `{flashcardId, rating, clientId}`. A retry with
 * the same clientId is applied once and answers like the first time.
 */
export async function POST(request: NextRequest) {
  const opened = await openApiWrite(request);
  if (!opened.ok) return opened.response;
  const { user, body } = opened.context;
  const parsed = reviewBodySchema.safeParse(body);
  if (!parsed.success) {
    const { message, fieldErrors } = describeIssues(parsed.error);
    return jsonError(422, "INVALID_INPUT", message, fieldErrors);
  }
  const { flashcardId, rating, clientId } = parsed.data;
  const now = new Date();
  try {
    const { log, memory, duplicate } = await reviewCard(getDb(), {
      userId: user.id,
      flashcardId,
      rating,
      clientId,
      now,
    });
    if (log.userId !== user.id || log.itemId !== flashcardId || log.rating !== rating) {
      return jsonError(
        409,
        "CONFLICT",
        "This clientId was already used for another rating. Send each rating with a new clientId.",
      );
    }
    // The buttons' intervals for the card's next showing, at its new due time.
    const showAt = memory.due.getTime() > now.getTime() ? memory.due : now;
    const response: ReviewSavedResponse = {
      reviewLogId: log.id,
      flashcardId,
      rating: log.rating as ReviewRating,
      duplicate,
      state: memory.state,
      dueAt: memory.due.toISOString(),
      interval: formatInterval(log.reviewedAt, memory.due),
      nextIntervals: intervalsFor(toSnapshot(memory, showAt), showAt),
      serverNow: now.toISOString(),
    };
    return NextResponse.json(response, { status: duplicate ? 200 : 201 });
  } catch (error) {
    return dataErrorResponse(error);
  }
}

export function GET() {
  return jsonError(
    405,
    "METHOD_NOT_ALLOWED",
    `POST a rating here: {flashcardId, rating: 1–4 (${Object.values(RATING_LABELS).join("/")}), clientId}.`,
  );
}

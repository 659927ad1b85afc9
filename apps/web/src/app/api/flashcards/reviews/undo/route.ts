import { getDb } from "@quizdeck/db";
import { undoReview } from "@quizdeck/db/server-only/memory/undo-review";
import { type NextRequest, NextResponse } from "next/server";
import { describeIssues, undoBodySchema } from "@/lib/flashcards/api-schemas";
import type { UndoSavedResponse } from "@/lib/flashcards/types";
import { openApiWrite } from "@/lib/http/api-user";
import { dataErrorResponse, jsonError } from "@/lib/http/json-error";

/**
 * Takes back a flashcard rating: `{reviewLogId}`. The card returns to its state
 * before the rating; undoing an undone rating again changes nothing.
 */
export async function POST(request: NextRequest) {
  const opened = await openApiWrite(request);
  if (!opened.ok) return opened.response;
  const { user, body } = opened.context;
  const parsed = undoBodySchema.safeParse(body);
  if (!parsed.success) {
    const { message, fieldErrors } = describeIssues(parsed.error);
    return jsonError(422, "INVALID_INPUT", message, fieldErrors);
  }
  try {
    const { log, memory } = await undoReview(getDb(), {
      userId: user.id,
      reviewLogId: parsed.data.reviewLogId,
    });
    const response: UndoSavedResponse = {
      reviewLogId: log.id,
      flashcardId: log.itemId,
      state: memory.state,
      dueAt: memory.due.toISOString(),
    };
    return NextResponse.json(response);
  } catch (error) {
    return dataErrorResponse(error);
  }
}

export function GET() {
  return jsonError(405, "METHOD_NOT_ALLOWED", "POST {reviewLogId} here to undo a rating.");
}

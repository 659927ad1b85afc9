import { getDb } from "@quizdeck/db";
import { submitAttempt } from "@quizdeck/db/server-only/attempt/submit-attempt";
import { type NextRequest, NextResponse } from "next/server";
import { openApiWrite } from "@/lib/http/api-user";
import { dataErrorResponse, jsonError } from "@/lib/http/json-error";
import { isPlausibleId } from "@/lib/quiz/request-body";
import type { SubmitAttemptReply } from "@/lib/quiz/types";

/** Submits and grades the attempt; submitting again returns the first result. Body: `{}`. */
export async function POST(
  request: NextRequest,
  { params }: { params: Promise<{ attemptId: string }> },
) {
  const opened = await openApiWrite(request);
  if (!opened.ok) return opened.response;
  const { attemptId } = await params;
  if (!isPlausibleId(attemptId)) return jsonError(404, "NOT_FOUND", "That attempt does not exist.");
  try {
    const { attempt, alreadySubmitted } = await submitAttempt(getDb(), {
      userId: opened.context.user.id,
      attemptId,
    });
    const reply: SubmitAttemptReply = {
      attemptId: attempt.id,
      score: attempt.score ?? 0,
      alreadySubmitted,
    };
    return NextResponse.json(reply, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return dataErrorResponse(error);
  }
}

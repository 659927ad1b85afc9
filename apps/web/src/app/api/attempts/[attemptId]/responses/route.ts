import { findQuestion } from "@quizdeck/content/bank";
import { getDb } from "@quizdeck/db";
import { recordResponse } from "@quizdeck/db/server-only/attempt/record-response";
import { loadBank } from "@quizdeck/db/server-only/content/content-versions";
import { type NextRequest, NextResponse } from "next/server";
import { openApiWrite } from "@/lib/http/api-user";
import { dataErrorResponse, jsonError } from "@/lib/http/json-error";
import { safeFeedback } from "@/lib/quiz/attempt-view";
import { resolveQuestionRef } from "@/lib/quiz/present-question";
import { isPlausibleId, validateResponseBody } from "@/lib/quiz/request-body";
import type { RecordResponseReply } from "@/lib/quiz/types";

/**
 * Saves one answer: body `{questionId, clientId, revision, response, timeSpentMs}`,
 * where questionId is the bank id or the attempt's opaque reference that the
 * player shows. Replies 200 `{status, feedback?}`; a retry with the same
 * clientId is a "duplicate" (with the stored answer's feedback in immediate
 * mode). Every failure is a 4xx JSON `{error: {code, message, fieldErrors?}}`.
 */
export async function POST(
  request: NextRequest,
  { params }: { params: Promise<{ attemptId: string }> },
) {
  const opened = await openApiWrite(request);
  if (!opened.ok) return opened.response;
  const { user, body } = opened.context;
  const { attemptId } = await params;
  if (!isPlausibleId(attemptId)) return jsonError(404, "NOT_FOUND", "That attempt does not exist.");
  const validated = validateResponseBody(body);
  if (!validated.ok) {
    return jsonError(422, "INVALID_INPUT", validated.message, validated.fieldErrors);
  }
  const db = getDb();
  let questionId: string | null = null;
  try {
    const saved = await recordResponse(
      db,
      { ...validated.value, userId: user.id, attemptId },
      (attempt, reference) => {
        questionId = resolveQuestionRef(attempt, reference);
        return questionId;
      },
    );
    const reply: RecordResponseReply = { status: saved.status };
    if (saved.attempt.feedbackMode === "immediate") {
      const bank = await loadBank(db, saved.attempt.contentVersion);
      const question =
        bank.questions.find((candidate) => candidate.id === saved.questionId) ??
        findQuestion(saved.questionId);
      const feedback = question
        ? safeFeedback(question, saved.response.response, saved.attempt)
        : null;
      if (feedback) reply.feedback = feedback;
    }
    return NextResponse.json(reply, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return withoutBankId(dataErrorResponse(error), questionId, validated.value.questionId);
  }
}

/**
 * The grader names the bank id in its messages ("invalid response to q-...");
 * the browser knows the question by its opaque reference only, so say that.
 */
async function withoutBankId(response: NextResponse, bankId: string | null, shownAs: string) {
  if (!bankId || bankId === shownAs) return response;
  const text = await response.text();
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new NextResponse(text.split(bankId).join(shownAs), { status: response.status, headers });
}

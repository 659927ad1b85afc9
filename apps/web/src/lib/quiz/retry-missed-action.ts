"use server";

import { findQuestion } from "@quizdeck/content/bank";
import { DataError, getDb } from "@quizdeck/db";
import { getAttempt } from "@quizdeck/db/server-only/attempt/get-attempt";
import {
  MAX_PRACTICE_QUESTIONS,
  startAttempt,
} from "@quizdeck/db/server-only/attempt/start-attempt";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/form-state";
import { getCurrentUser } from "@/lib/session";
import { missedQuestionIds } from "./missed-questions";
import { isPlausibleId } from "./request-body";

/**
 * "Retry the ones I missed": a practice attempt, immediate feedback, with every
 * question of a submitted attempt that scored below 1 (unanswered included).
 * The list is worked out here from the stored scores, never taken from the form.
 */
export async function retryMissedAction(
  attemptId: string,
  _previous: FormState,
  _formData: FormData,
): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?returnTo=${encodeURIComponent(`/attempts/${attemptId}/results`)}`);
  if (typeof attemptId !== "string" || !isPlausibleId(attemptId)) {
    return { message: "That attempt does not exist." };
  }
  let startedId: string;
  try {
    const db = getDb();
    const attempt = await getAttempt(db, { userId: user.id, attemptId });
    if (!attempt.submittedAt)
      return { message: "Submit this quiz first; then you can retry what you missed." };
    const missed = missedQuestionIds(attempt.questionIds, attempt.responses).filter((id) =>
      findQuestion(id),
    );
    if (missed.length === 0)
      return { message: "Every answer was right: there is nothing to retry." };
    const { attempt: started } = await startAttempt(db, {
      kind: "practice",
      userId: user.id,
      questionIds: missed.slice(0, MAX_PRACTICE_QUESTIONS),
      feedbackMode: "immediate",
    });
    startedId = started.id;
  } catch (error) {
    if (error instanceof DataError) return { message: error.message };
    throw error;
  }
  redirect(`/attempts/${encodeURIComponent(startedId)}`);
}

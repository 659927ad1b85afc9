import { findQuestion } from "@quizdeck/content/bank";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { ConflictError, parseInput } from "../../errors.ts";
import { ATTEMPT_POLICY } from "./attempt-policy.ts";
import { getAttempt } from "./get-attempt.ts";
import { startAttempt } from "./start-attempt.ts";

const retryMissedSchema = z.object({ userId: z.string().min(1), attemptId: z.string().min(1) });
export type RetryMissedOptions = z.input<typeof retryMissedSchema> & { now?: Date };

/** The questions to retry: every one scored below 1, unanswered ones included, in attempt order. */
export function missedQuestionIds(
  questionIds: readonly string[],
  responses: readonly { questionId: string; score: number }[],
): string[] {
  const scores = new Map(responses.map((response) => [response.questionId, response.score]));
  return questionIds.filter((id) => (scores.get(id) ?? 0) < 1);
}

/**
 * "Retry the ones I missed": a practice attempt with immediate feedback of the
 * questions of a submitted attempt that scored below 1. The list comes from the
 * stored scores, never from the client.
 */
export async function retryMissed(db: Db, options: RetryMissedOptions) {
  const { userId, attemptId } = parseInput(retryMissedSchema, options);
  const now = options.now ?? new Date();
  const attempt = await getAttempt(db, { userId, attemptId, now });
  if (!attempt.submittedAt) {
    throw new ConflictError("Submit this quiz first; then you can retry what you missed.");
  }
  // Which were missed is itself part of the key: not before the attempt's answers are out.
  if (!attempt.answersVisibleAt || attempt.answersVisibleAt > now) {
    throw new ConflictError("You can retry what you missed once the answers are shown.");
  }
  const allMissed = missedQuestionIds(attempt.questionIds, attempt.responses);
  if (allMissed.length === 0)
    throw new ConflictError("Every answer was right: there is nothing to retry.");
  // Practice takes the bank's questions; a teacher's own stay in their assignment.
  const missed = allMissed.filter((id) => findQuestion(id));
  if (missed.length === 0) {
    throw new ConflictError(
      "The questions you missed are your teacher's own, which practice does not take: review them here.",
    );
  }
  const withheld = new Set(attempt.withheldQuestionIds);
  const open = missed.filter((id) => !withheld.has(id));
  if (open.length === 0) {
    throw new ConflictError(
      "The questions you missed are on an assignment whose answers are not out yet; retry them once they are.",
    );
  }
  return startAttempt(db, {
    kind: "practice",
    userId,
    questionIds: open.slice(0, ATTEMPT_POLICY.practiceMaxQuestions),
    feedbackMode: "immediate",
    now,
  });
}

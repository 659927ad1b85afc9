import { ratingFromQuizScore } from "@quizdeck/core/scheduling";
import type { Tx } from "../../../transaction.ts";
import { refreshReleaseTimes } from "../../assignment/internal/refresh-release-times.ts";
import { applyReview } from "../../memory/internal/apply-review.ts";
import type { LockedAttempt } from "./lock-attempt.ts";

/**
 * Grades and closes an attempt inside the caller's transaction (which holds the
 * attempt's lock). Unanswered questions count as 0. In exam mode the answers
 * reach the memory model now, once they can no longer change; in immediate
 * mode they already did when each was given. An assignment's release times are
 * brought up to date (a submission can release answers or a score); a
 * practice attempt shows everything once submitted.
 */
export async function finalizeAttempt(tx: Tx, attempt: LockedAttempt, now: Date) {
  const responses = await tx.response.findMany({ where: { attemptId: attempt.id } });
  const total = responses.reduce((sum, response) => sum + response.score, 0);
  const score = attempt.questionIds.length > 0 ? total / attempt.questionIds.length : 0;
  const { assignment } = attempt;
  const submittedAt = attempt.deadlineAt && attempt.deadlineAt < now ? attempt.deadlineAt : now;

  if (attempt.feedbackMode === "after_submit") {
    for (const response of responses) {
      await applyReview(tx, {
        userId: attempt.userId,
        itemId: response.questionId,
        itemKind: "question",
        rating: ratingFromQuizScore(response.score),
        source: "quiz",
        clientId: `quiz:${response.id}`,
        now: response.answeredAt,
      });
    }
  }
  const finalized = await tx.attempt.update({
    where: { id: attempt.id },
    data: {
      submittedAt,
      score,
      late: Boolean(assignment?.dueAt && submittedAt > assignment.dueAt),
      ...(assignment
        ? {}
        : {
            answersVisibleAt: attempt.answersVisibleAt ?? submittedAt,
            scoreVisibleAt: submittedAt,
          }),
    },
  });
  if (!assignment) return finalized;
  await refreshReleaseTimes(tx, assignment.id, attempt.userId, now);
  return tx.attempt.findUniqueOrThrow({ where: { id: attempt.id } });
}

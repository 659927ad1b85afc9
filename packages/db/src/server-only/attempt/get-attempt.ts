import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { ForbiddenError, NotFoundError, parseInput } from "../../errors.ts";
import { studentRelease } from "../assignment/internal/refresh-release-times.ts";
import { withheldQuestionIds } from "../assignment/internal/withheld-question-ids.ts";
import { REMOVED_FROM_CLASS } from "./attempt-policy.ts";
import { attemptQuestions } from "./internal/attempt-questions.ts";

const getAttemptSchema = z.object({ userId: z.string().min(1), attemptId: z.string().min(1) });
export type GetAttemptOptions = z.input<typeof getAttemptSchema> & { now?: Date };

/**
 * An attempt with its saved answers, for its owner: what the player resumes
 * from and the results page shows; with the release settings that apply to
 * them (null for practice), whether its answers and score may be shown now,
 * which of its questions another assignment still withholds, and its questions
 * in order as taken (bank questions, and teachers' question versions with their
 * source), leaving out any that no longer exists. A student removed from the
 * class no longer sees the class's work.
 */
export async function getAttempt(db: Db, options: GetAttemptOptions) {
  const { userId, attemptId } = parseInput(getAttemptSchema, options);
  const now = options.now ?? new Date();
  const attempt = await db.attempt.findUnique({
    where: { id: attemptId },
    include: {
      responses: { orderBy: { answeredAt: "asc" } },
      assignment: { include: { accommodations: { where: { studentId: userId } } } },
    },
  });
  if (!attempt || attempt.userId !== userId)
    throw new NotFoundError("That attempt does not exist.");
  const { assignment, ...rest } = attempt;
  if (assignment) {
    const enrollment = await db.enrollment.findUnique({
      where: { classId_studentId: { classId: assignment.classId, studentId: userId } },
    });
    if (enrollment?.removedAt) {
      throw new ForbiddenError(REMOVED_FROM_CLASS);
    }
  }
  const taken = await attemptQuestions(db, attempt.contentVersion, attempt.questionIds);
  const shown = (at: Date | null) => at !== null && at.getTime() <= now.getTime();
  // Questions whose key another assignment still withholds stay closed here too.
  const withheld = await withheldQuestionIds(db, userId, now, {
    ...(assignment ? { exceptAssignmentId: assignment.id } : {}),
  });
  const withheldIds = attempt.questionIds.filter((id) => withheld.has(id));
  return {
    ...rest,
    withheldQuestionIds: withheldIds,
    assignment: assignment
      ? { id: assignment.id, title: assignment.title, classId: assignment.classId }
      : null,
    release: assignment ? studentRelease(assignment, assignment.accommodations[0] ?? null) : null,
    answersVisible: shown(attempt.answersVisibleAt),
    // A score beside the other questions' marks would tell a withheld one's mark: held back while
    // another assignment withholds one of these questions, in practice and assignments alike.
    scoreVisible: shown(attempt.scoreVisibleAt) && withheldIds.length === 0,
    questions: attempt.questionIds.flatMap((id) => {
      const question = taken.get(id);
      return question ? [{ id, ...question }] : [];
    }),
  };
}

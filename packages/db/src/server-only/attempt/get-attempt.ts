import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { NotFoundError, parseInput } from "../../errors.ts";
import { studentRelease } from "../assignment/internal/refresh-release-times.ts";

const getAttemptSchema = z.object({ userId: z.string().min(1), attemptId: z.string().min(1) });
export type GetAttemptOptions = z.input<typeof getAttemptSchema> & { now?: Date };

/**
 * An attempt with its saved answers, for its owner: what the player resumes
 * from and the results page shows; with the release settings that apply to
 * them (null for practice) and whether its answers and score may be shown now.
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
  const shown = (at: Date | null) => at !== null && at.getTime() <= now.getTime();
  return {
    ...rest,
    assignment: assignment
      ? { id: assignment.id, title: assignment.title, classId: assignment.classId }
      : null,
    release: assignment ? studentRelease(assignment, assignment.accommodations[0] ?? null) : null,
    answersVisible: shown(attempt.answersVisibleAt),
    scoreVisible: shown(attempt.scoreVisibleAt),
  };
}

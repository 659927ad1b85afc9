import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { withheldByAssignment } from "../assignment/internal/withheld-question-ids.ts";
import { visibleScore } from "./internal/visible-score.ts";

const listRecentAttemptsSchema = z.object({
  userId: z.string().min(1),
  limit: z.number().int().min(1).max(100).default(10),
});
export type ListRecentAttemptsOptions = z.input<typeof listRecentAttemptsSchema> & { now?: Date };

/**
 * A learner's latest attempts: those still open (to continue where they left
 * off, newest first, skipping ones whose time ran out) and the latest results,
 * each score only once released to them.
 */
export async function listRecentAttempts(db: Db, options: ListRecentAttemptsOptions) {
  const { userId, limit } = parseInput(listRecentAttemptsSchema, options);
  const now = options.now ?? new Date();
  const select = {
    id: true,
    kind: true,
    startedAt: true,
    submittedAt: true,
    deadlineAt: true,
    score: true,
    scoreVisibleAt: true,
    questionIds: true,
    assignmentId: true,
    assignment: { select: { id: true, title: true } },
    _count: { select: { responses: true } },
  } as const;
  const [open, finished, withheld] = await Promise.all([
    db.attempt.findMany({
      where: { userId, submittedAt: null, OR: [{ deadlineAt: null }, { deadlineAt: { gt: now } }] },
      orderBy: { startedAt: "desc" },
      take: limit,
      select,
    }),
    db.attempt.findMany({
      where: { userId, submittedAt: { not: null } },
      orderBy: { submittedAt: "desc" },
      take: limit,
      select,
    }),
    withheldByAssignment(db, userId, now),
  ]);
  // A score shows once the teacher releases it (and no other assignment withholds its questions).
  const shown = ({ score, scoreVisibleAt, ...attempt }: (typeof finished)[number]) => ({
    ...attempt,
    score: visibleScore({ ...attempt, score, scoreVisibleAt }, now, withheld),
  });
  return { open: open.map(shown), finished: finished.map(shown) };
}

import type { Tx } from "../../../transaction.ts";
import { finalizeAttempt } from "./finalize-attempt.ts";
import { lockOwnAttempt } from "./lock-attempt.ts";

/**
 * Submits, as they stand, the attempts still open when access to their work
 * ends (the assignment closed, the class archived, the student removed): no
 * answer given before that is lost, and none can follow it.
 */
export async function finalizeOpenAttempts(
  tx: Tx,
  scope: { assignmentId: string } | { classId: string; userId?: string },
  now: Date,
) {
  const open = await tx.attempt.findMany({
    where: {
      submittedAt: null,
      ...("assignmentId" in scope
        ? { assignmentId: scope.assignmentId }
        : {
            assignment: { classId: scope.classId },
            ...(scope.userId ? { userId: scope.userId } : {}),
          }),
    },
    select: { id: true, userId: true },
    // Locked in one order by every caller, so two closings of overlapping scopes cannot deadlock.
    orderBy: { id: "asc" },
  });
  for (const { id, userId } of open) {
    await finalizeAttempt(tx, await lockOwnAttempt(tx, userId, id), now);
  }
  return open.length;
}

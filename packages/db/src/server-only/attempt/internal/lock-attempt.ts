import { NotFoundError } from "../../../errors.ts";
import type { Attempt } from "../../../generated/prisma/client.ts";
import type { Tx } from "../../../transaction.ts";

/** An attempt held for writing, with its assignment's due date (for marking a submission late). */
export type LockedAttempt = Attempt & { assignment: { dueAt: Date | null } | null };

/**
 * Loads an attempt for writing, holding a row lock until the transaction ends:
 * a response being saved and a submit of the same attempt never interleave, so
 * no answer slips in after the score was computed. One statement: this runs on
 * every answer saved.
 */
export async function lockOwnAttempt(
  tx: Tx,
  userId: string,
  attemptId: string,
): Promise<LockedAttempt> {
  const rows = await tx.$queryRaw<(Attempt & { assignmentDueAt: Date | null })[]>`
    SELECT a.*, s."dueAt" AS "assignmentDueAt"
      FROM "attempt" a LEFT JOIN "assignment" s ON s.id = a."assignmentId"
     WHERE a.id = ${attemptId}
       FOR UPDATE OF a`;
  const row = rows[0];
  // Someone else's attempt is not found: its existence is not revealed (docs/architecture.md).
  if (!row || row.userId !== userId) throw new NotFoundError("That attempt does not exist.");
  const { assignmentDueAt, ...attempt } = row;
  return { ...attempt, assignment: attempt.assignmentId ? { dueAt: assignmentDueAt } : null };
}

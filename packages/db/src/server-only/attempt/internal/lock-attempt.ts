import { NotFoundError } from "../../../errors.ts";
import type { Attempt } from "../../../generated/prisma/client.ts";
import type { SqlTx } from "../../../transaction.ts";
import { REMOVED_FROM_CLASS } from "../attempt-policy.ts";

/** What a locked attempt carries of its assignment, as it applies to the attempt's student. */
export interface AttemptAssignmentState {
  id: string;
  /** The student's own due time (a later one from an accommodation wins), for marking a submission late. */
  dueAt: Date | null;
  closedAt: Date | null;
  classArchivedAt: Date | null;
  /** When the teacher removed the student from the class; null while they are in it. */
  studentRemovedAt: Date | null;
}

/** An attempt held for writing, with its assignment's state (null for practice). */
export type LockedAttempt = Attempt & { assignment: AttemptAssignmentState | null };

type Row = Attempt & {
  assignmentDueAt: Date | null;
  assignmentClosedAt: Date | null;
  classArchivedAt: Date | null;
  studentRemovedAt: Date | null;
};

/**
 * Loads an attempt for writing, holding a row lock until the transaction ends:
 * a response being saved and a submit of the same attempt never interleave, so
 * no answer slips in after the score was computed. One statement: this runs on
 * every answer saved. Someone else's attempt is not found: its existence is not
 * revealed (docs/architecture.md).
 */
export async function lockOwnAttempt(
  tx: SqlTx,
  userId: string,
  attemptId: string,
): Promise<LockedAttempt> {
  const rows = await tx.$queryRaw<Row[]>`
    SELECT a.*, coalesce(o."dueAt", s."dueAt") AS "assignmentDueAt",
           s."closedAt" AS "assignmentClosedAt", c."archivedAt" AS "classArchivedAt",
           e."removedAt" AS "studentRemovedAt"
      FROM "attempt" a
      LEFT JOIN "assignment" s ON s.id = a."assignmentId"
      LEFT JOIN "class" c ON c.id = s."classId"
      LEFT JOIN "enrollment" e ON e."classId" = s."classId" AND e."studentId" = a."userId"
      LEFT JOIN "accommodation" o ON o."assignmentId" = s.id AND o."studentId" = a."userId"
     WHERE a.id = ${attemptId}
       FOR UPDATE OF a`;
  const row = rows[0];
  if (!row || row.userId !== userId) throw new NotFoundError("That attempt does not exist.");
  const { assignmentDueAt, assignmentClosedAt, classArchivedAt, studentRemovedAt, ...attempt } =
    row;
  return {
    ...attempt,
    assignment: attempt.assignmentId
      ? {
          id: attempt.assignmentId,
          dueAt: assignmentDueAt,
          closedAt: assignmentClosedAt,
          classArchivedAt,
          studentRemovedAt,
        }
      : null,
  };
}

/** Why the attempt's assignment no longer takes answers, if it does not. */
export function endedAccess(assignment: AttemptAssignmentState | null): string | null {
  if (!assignment) return null;
  if (assignment.studentRemovedAt) {
    return REMOVED_FROM_CLASS;
  }
  if (assignment.closedAt || assignment.classArchivedAt) {
    return "This assignment is closed; the answers you gave before it closed were submitted.";
  }
  return null;
}

import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { inTransaction } from "../../transaction.ts";
import { finalizeOpenAttempts } from "../attempt/internal/finalize-open-attempts.ts";
import { refreshReleaseTimes } from "./internal/refresh-release-times.ts";
import { requireOwnAssignment } from "./internal/require-own-assignment.ts";

const setAssignmentClosedSchema = z.object({
  teacherId: z.string().min(1),
  assignmentId: z.string().min(1),
  closed: z.boolean(),
});

/**
 * Closes an assignment or reopens it. Closing ends it for everyone at once:
 * attempts in progress are submitted as they stand (nothing given is lost),
 * no answer is taken after, and answers due "after the due date" of an
 * assignment without one are released.
 */
export async function setAssignmentClosed(
  db: Db,
  options: z.input<typeof setAssignmentClosedSchema> & { now?: Date },
) {
  const { teacherId, assignmentId, closed } = parseInput(setAssignmentClosedSchema, options);
  const now = options.now ?? new Date();
  return inTransaction(db, async (tx) => {
    const assignment = await requireOwnAssignment(tx, teacherId, assignmentId);
    const updated = await tx.assignment.update({
      where: { id: assignment.id },
      data: { closedAt: closed ? (assignment.closedAt ?? now) : null },
    });
    if (closed) await finalizeOpenAttempts(tx, { assignmentId: assignment.id }, now);
    await refreshReleaseTimes(tx, assignment.id, undefined, now);
    return updated;
  });
}

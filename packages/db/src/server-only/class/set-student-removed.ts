import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { NotFoundError, parseInput } from "../../errors.ts";
import { inTransaction } from "../../transaction.ts";
import { finalizeOpenAttempts } from "../attempt/internal/finalize-open-attempts.ts";
import { requireOwnClass } from "./internal/require-own-class.ts";

const setStudentRemovedSchema = z.object({
  teacherId: z.string().min(1),
  classId: z.string().min(1),
  studentId: z.string().min(1),
  removed: z.boolean(),
});

/**
 * Removes a student from a teacher's class (their past work stays, hidden from
 * the class views; they cannot rejoin on their own; attempts they had open are
 * submitted as they stand, and nothing more is taken) or adds them back.
 */
export async function setStudentRemoved(
  db: Db,
  options: z.input<typeof setStudentRemovedSchema> & { now?: Date },
) {
  const { teacherId, classId, studentId, removed } = parseInput(setStudentRemovedSchema, options);
  const now = options.now ?? new Date();
  return inTransaction(db, async (tx) => {
    await requireOwnClass(tx, teacherId, classId);
    const enrollment = await tx.enrollment.findUnique({
      where: { classId_studentId: { classId, studentId } },
    });
    if (!enrollment) throw new NotFoundError("That student is not in this class.");
    const updated = await tx.enrollment.update({
      where: { id: enrollment.id },
      data: { removedAt: removed ? (enrollment.removedAt ?? now) : null },
    });
    if (removed) await finalizeOpenAttempts(tx, { classId, userId: studentId }, now);
    return updated;
  });
}

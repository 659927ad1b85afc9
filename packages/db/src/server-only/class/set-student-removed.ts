import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { NotFoundError, parseInput } from "../../errors.ts";
import { requireOwnClass } from "./internal/require-own-class.ts";

const setStudentRemovedSchema = z.object({
  teacherId: z.string().min(1),
  classId: z.string().min(1),
  studentId: z.string().min(1),
  removed: z.boolean(),
});

/**
 * Removes a student from a teacher's class (their past work stays, hidden from
 * the class views; they cannot rejoin on their own) or adds them back.
 */
export async function setStudentRemoved(
  db: Db,
  options: z.input<typeof setStudentRemovedSchema> & { now?: Date },
) {
  const { teacherId, classId, studentId, removed } = parseInput(setStudentRemovedSchema, options);
  await requireOwnClass(db, teacherId, classId);
  const enrollment = await db.enrollment.findUnique({
    where: { classId_studentId: { classId, studentId } },
  });
  if (!enrollment) throw new NotFoundError("That student is not in this class.");
  return db.enrollment.update({
    where: { id: enrollment.id },
    data: { removedAt: removed ? (enrollment.removedAt ?? options.now ?? new Date()) : null },
  });
}

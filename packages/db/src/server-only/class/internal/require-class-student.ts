import type { Db } from "../../../client/create-prisma-client.ts";
import { NotFoundError } from "../../../errors.ts";
import { requireOwnClass } from "./require-own-class.ts";

/**
 * The class and the student's place in it, if `teacherId` teaches the class and
 * the student is in it now; otherwise not found: a teacher sees a student only
 * through a class they teach.
 */
export async function requireClassStudent(
  db: Db,
  teacherId: string,
  classId: string,
  studentId: string,
) {
  const klass = await requireOwnClass(db, teacherId, classId);
  const enrollment = await db.enrollment.findUnique({
    where: { classId_studentId: { classId, studentId } },
    include: { student: { select: { id: true, name: true, email: true } } },
  });
  if (!enrollment || enrollment.removedAt) {
    throw new NotFoundError("That student is not in this class.");
  }
  return { klass, enrollment };
}

import { z } from "zod";
import type { Db } from "../../../client/create-prisma-client.ts";
import { withheldQuestionIds } from "../../assignment/internal/withheld-question-ids.ts";
import { requireClassStudent } from "../../class/internal/require-class-student.ts";

/**
 * Who looks at a learner's progress: the learner (absent), or a teacher through
 * a class the learner is in, which the use case checks.
 */
export const teacherViewField = z
  .object({ teacherId: z.string().min(1), classId: z.string().min(1) })
  .optional();
type TeacherView = z.infer<typeof teacherViewField>;

/**
 * The questions a view of the learner's progress leaves out: those of
 * assignments whose answers are not out to them (a mark or a due date would
 * tell the key). Their teacher (checked: not found otherwise) sees the
 * questions of their own classes' assignments; another teacher's stay out.
 */
export async function hiddenQuestionIds(
  db: Db,
  userId: string,
  teacherView: TeacherView,
  now: Date,
): Promise<Set<string>> {
  if (!teacherView) return withheldQuestionIds(db, userId, now);
  await requireClassStudent(db, teacherView.teacherId, teacherView.classId, userId);
  return withheldQuestionIds(db, userId, now, { viewerTeacherId: teacherView.teacherId });
}

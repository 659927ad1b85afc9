import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { requireClassStudent } from "./internal/require-class-student.ts";

const getClassStudentSchema = z.object({
  teacherId: z.string().min(1),
  classId: z.string().min(1),
  studentId: z.string().min(1),
});
export type GetClassStudentOptions = z.input<typeof getClassStudentSchema>;

/**
 * A student of the teacher's own class (not removed), for drill-downs into one
 * student's work: a teacher sees a student only through a class they teach.
 */
export async function getClassStudent(db: Db, options: GetClassStudentOptions) {
  const { teacherId, classId, studentId } = parseInput(getClassStudentSchema, options);
  const { klass, enrollment } = await requireClassStudent(db, teacherId, classId, studentId);
  return { class: klass, student: enrollment.student, joinedAt: enrollment.joinedAt };
}

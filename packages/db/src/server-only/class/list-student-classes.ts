import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";

const listStudentClassesSchema = z.object({ studentId: z.string().min(1) });

/** The classes a student belongs to now, with their teacher's name. */
export async function listStudentClasses(
  db: Db,
  options: z.input<typeof listStudentClassesSchema>,
) {
  const { studentId } = parseInput(listStudentClassesSchema, options);
  const enrollments = await db.enrollment.findMany({
    where: { studentId, removedAt: null, class: { archivedAt: null } },
    include: { class: { include: { teacher: { select: { name: true } } } } },
    orderBy: { joinedAt: "asc" },
  });
  return enrollments.map((enrollment) => ({
    id: enrollment.class.id,
    name: enrollment.class.name,
    teacherName: enrollment.class.teacher.name,
    joinedAt: enrollment.joinedAt,
  }));
}

import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { requireUser } from "../user/internal/require-user.ts";

const listTeacherClassesSchema = z.object({ teacherId: z.string().min(1) });

/** A teacher's classes, active first then archived, with student and assignment counts. */
export async function listTeacherClasses(
  db: Db,
  options: z.input<typeof listTeacherClassesSchema>,
) {
  const { teacherId } = parseInput(listTeacherClassesSchema, options);
  await requireUser(db, teacherId, "teacher");
  const classes = await db.class.findMany({
    where: { teacherId },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    include: {
      _count: { select: { assignments: true, enrollments: { where: { removedAt: null } } } },
    },
  });
  return classes.map(({ _count, ...klass }) => ({
    ...klass,
    studentCount: _count.enrollments,
    assignmentCount: _count.assignments,
  }));
}

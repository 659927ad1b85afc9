import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { requireOwnClass } from "./internal/require-own-class.ts";

const getTeacherClassSchema = z.object({
  teacherId: z.string().min(1),
  classId: z.string().min(1),
});

/** A teacher's own class with its roster (current and removed) and its assignments. */
export async function getTeacherClass(db: Db, options: z.input<typeof getTeacherClassSchema>) {
  const { teacherId, classId } = parseInput(getTeacherClassSchema, options);
  const klass = await requireOwnClass(db, teacherId, classId);
  const [enrollments, assignments] = await Promise.all([
    db.enrollment.findMany({
      where: { classId },
      include: { student: { select: { id: true, name: true, email: true } } },
      orderBy: [{ removedAt: { sort: "asc", nulls: "first" } }, { student: { name: "asc" } }],
    }),
    db.assignment.findMany({
      where: { classId },
      orderBy: [{ opensAt: "desc" }],
      include: { _count: { select: { attempts: { where: { submittedAt: { not: null } } } } } },
    }),
  ]);
  return {
    class: klass,
    roster: enrollments.filter((enrollment) => enrollment.removedAt === null),
    removed: enrollments.filter((enrollment) => enrollment.removedAt !== null),
    assignments: assignments.map(({ _count, ...assignment }) => ({
      ...assignment,
      submittedCount: _count.attempts,
    })),
  };
}

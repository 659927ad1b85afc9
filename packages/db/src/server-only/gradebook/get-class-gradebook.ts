import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { requireOwnClass } from "../class/internal/require-own-class.ts";

const getClassGradebookSchema = z.object({
  teacherId: z.string().min(1),
  classId: z.string().min(1),
});
export type GetClassGradebookOptions = z.input<typeof getClassGradebookSchema>;

export interface GradebookCell {
  best: number | null;
  last: number | null;
  attempts: number;
  /** Any submission after the due time. */
  late: boolean;
  /** The student's accommodation on this assignment, in words ("+30 min, +1 attempt, due 14 May"); null for none. */
  accommodation: AccommodationSummary | null;
}

export interface AccommodationSummary {
  extraMinutes: number | null;
  timeMultiplier: number | null;
  extraAttempts: number;
  dueAt: Date | null;
}

/**
 * Students × assignments for a teacher's own class: best and last submitted
 * score, submitted attempts, a late flag and the student's accommodation. Removed students are left out;
 * their work stays in the store.
 */
export async function getClassGradebook(db: Db, options: GetClassGradebookOptions) {
  const { teacherId, classId } = parseInput(getClassGradebookSchema, options);
  const klass = await requireOwnClass(db, teacherId, classId);
  const [enrollments, assignments, accommodations] = await Promise.all([
    db.enrollment.findMany({
      where: { classId, removedAt: null },
      include: { student: { select: { id: true, name: true, email: true } } },
      orderBy: { student: { name: "asc" } },
    }),
    db.assignment.findMany({
      where: { classId },
      orderBy: [{ opensAt: "asc" }, { createdAt: "asc" }],
    }),
    db.accommodation.findMany({ where: { assignment: { classId } } }),
  ]);
  const accommodationOf = new Map(
    accommodations.map(
      ({ studentId, assignmentId, extraMinutes, timeMultiplier, extraAttempts, dueAt }) => [
        `${studentId}:${assignmentId}`,
        { extraMinutes, timeMultiplier, extraAttempts, dueAt },
      ],
    ),
  );
  const studentIds = enrollments.map((enrollment) => enrollment.studentId);
  const attempts = await db.attempt.findMany({
    where: {
      assignmentId: { in: assignments.map((assignment) => assignment.id) },
      userId: { in: studentIds },
      submittedAt: { not: null },
    },
    select: { userId: true, assignmentId: true, score: true, submittedAt: true, late: true },
    orderBy: { submittedAt: "asc" },
  });

  const cells = new Map<string, GradebookCell>();
  for (const attempt of attempts) {
    const key = `${attempt.userId}:${attempt.assignmentId}`;
    const cell = cells.get(key) ?? emptyCell(accommodationOf.get(key) ?? null);
    const score = attempt.score ?? 0;
    cell.best = cell.best === null ? score : Math.max(cell.best, score);
    cell.last = score;
    cell.attempts += 1;
    cell.late ||= attempt.late;
    cells.set(key, cell);
  }

  return {
    class: klass,
    assignments: assignments.map(({ id, title, dueAt }) => ({ id, title, dueAt })),
    rows: enrollments.map((enrollment) => ({
      student: enrollment.student,
      joinedAt: enrollment.joinedAt,
      cells: Object.fromEntries(
        assignments.map((assignment) => [
          assignment.id,
          cells.get(`${enrollment.studentId}:${assignment.id}`) ??
            emptyCell(accommodationOf.get(`${enrollment.studentId}:${assignment.id}`) ?? null),
        ]),
      ),
    })),
  };
}

function emptyCell(accommodation: AccommodationSummary | null): GradebookCell {
  return { best: null, last: null, attempts: 0, late: false, accommodation };
}

import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";

const listStudentAssignmentsSchema = z.object({ studentId: z.string().min(1) });
export type ListStudentAssignmentsOptions = z.input<typeof listStudentAssignmentsSchema> & {
  now?: Date;
};

export type StudentAssignmentStatus =
  | "upcoming"
  | "not-started"
  | "in-progress"
  | "submitted"
  | "missed"
  | "closed";

/**
 * The assignments of every class the student is in (not removed, not archived),
 * soonest due first, each with the student's own standing: attempts used, best
 * score, an open attempt to resume, and a status for the home page.
 */
export async function listStudentAssignments(db: Db, options: ListStudentAssignmentsOptions) {
  const { studentId } = parseInput(listStudentAssignmentsSchema, options);
  const now = options.now ?? new Date();
  const assignments = await db.assignment.findMany({
    where: {
      class: {
        archivedAt: null,
        enrollments: { some: { studentId, removedAt: null } },
      },
    },
    include: {
      class: { select: { id: true, name: true } },
      attempts: {
        where: { userId: studentId },
        select: { id: true, submittedAt: true, score: true, deadlineAt: true },
      },
    },
  });

  return assignments
    .map((assignment) => {
      const submitted = assignment.attempts.filter((attempt) => attempt.submittedAt !== null);
      const open = assignment.attempts.find(
        (attempt) =>
          attempt.submittedAt === null && (!attempt.deadlineAt || attempt.deadlineAt > now),
      );
      const best = submitted.reduce<number | null>(
        (max, attempt) =>
          attempt.score !== null && (max === null || attempt.score > max) ? attempt.score : max,
        null,
      );
      const pastDue = assignment.dueAt !== null && assignment.dueAt < now;
      const attemptsLeft =
        assignment.attemptsAllowed === null
          ? null
          : Math.max(0, assignment.attemptsAllowed - assignment.attempts.length);
      let status: StudentAssignmentStatus;
      if (assignment.closedAt) status = "closed";
      else if (open) status = "in-progress";
      else if (submitted.length > 0) status = "submitted";
      else if (now < assignment.opensAt) status = "upcoming";
      else if (pastDue && !assignment.allowLate) status = "missed";
      else status = "not-started";
      return {
        id: assignment.id,
        title: assignment.title,
        class: assignment.class,
        opensAt: assignment.opensAt,
        dueAt: assignment.dueAt,
        allowLate: assignment.allowLate,
        questionCount: assignment.questionIds.length,
        flashcardCount: assignment.flashcardIds.length,
        setId: assignment.setId,
        retentionTarget: assignment.retentionTarget,
        retentionUntil: assignment.retentionUntil,
        attemptsUsed: assignment.attempts.length,
        attemptsAllowed: assignment.attemptsAllowed,
        attemptsLeft,
        bestScore: best,
        openAttemptId: open?.id ?? null,
        status,
      };
    })
    .sort(
      (a, b) =>
        (a.dueAt?.getTime() ?? Number.POSITIVE_INFINITY) -
        (b.dueAt?.getTime() ?? Number.POSITIVE_INFINITY),
    );
}

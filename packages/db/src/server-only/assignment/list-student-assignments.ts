import { studentTerms } from "@quizdeck/core/release";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { visibleScore } from "../attempt/internal/visible-score.ts";
import { withheldByAssignment } from "./internal/withheld-question-ids.ts";

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
  const [assignments, withheld] = await Promise.all([
    db.assignment.findMany({
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
          select: {
            id: true,
            startedAt: true,
            submittedAt: true,
            score: true,
            scoreVisibleAt: true,
            deadlineAt: true,
            questionIds: true,
            assignmentId: true,
          },
        },
        accommodations: { where: { studentId } },
      },
    }),
    withheldByAssignment(db, studentId, now),
  ]);

  return assignments
    .map(({ accommodations, ...assignment }) => {
      // The student's own terms: a teacher's accommodation gives a later due time or more attempts.
      const terms = studentTerms(assignment, accommodations[0] ?? null);
      const submitted = assignment.attempts.filter((attempt) => attempt.submittedAt !== null);
      const open = assignment.attempts.find(
        (attempt) =>
          attempt.submittedAt === null && (!attempt.deadlineAt || attempt.deadlineAt > now),
      );
      // Only scores the teacher has released count towards the best one shown.
      const best = submitted.reduce<number | null>((max, attempt) => {
        const score = visibleScore(attempt, now, withheld);
        return score !== null && (max === null || score > max) ? score : max;
      }, null);
      const pastDue = terms.dueAt !== null && terms.dueAt < now;
      const attemptsLeft =
        terms.attemptsAllowed === null
          ? null
          : Math.max(0, terms.attemptsAllowed - assignment.attempts.length);
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
        dueAt: terms.dueAt,
        allowLate: assignment.allowLate,
        questionCount: assignment.questionIds.length,
        flashcardCount: assignment.flashcardIds.length,
        setId: assignment.setId,
        retentionTarget: assignment.retentionTarget,
        retentionUntil: assignment.retentionUntil,
        attemptsUsed: assignment.attempts.length,
        attemptsAllowed: terms.attemptsAllowed,
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

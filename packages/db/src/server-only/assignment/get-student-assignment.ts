import { assignmentAnswersVisible, studentTerms } from "@quizdeck/core/release";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { ForbiddenError, NotFoundError, parseInput } from "../../errors.ts";
import { REMOVED_FROM_CLASS } from "../attempt/attempt-policy.ts";
import { visibleScore } from "../attempt/internal/visible-score.ts";
import { studentRelease } from "./internal/refresh-release-times.ts";
import { withheldByAssignment } from "./internal/withheld-question-ids.ts";

const getStudentAssignmentSchema = z.object({
  studentId: z.string().min(1),
  assignmentId: z.string().min(1),
});
export type GetStudentAssignmentOptions = z.input<typeof getStudentAssignmentSchema> & {
  now?: Date;
};

/**
 * One assignment as its student sees it: the terms that apply to them (a
 * teacher's accommodation included), when answers and scores are shown, and
 * their own attempts, newest first, each score only once it is released.
 */
export async function getStudentAssignment(db: Db, options: GetStudentAssignmentOptions) {
  const { studentId, assignmentId } = parseInput(getStudentAssignmentSchema, options);
  const now = options.now ?? new Date();
  const assignment = await db.assignment.findUnique({
    where: { id: assignmentId },
    include: {
      class: { select: { id: true, name: true, archivedAt: true } },
      attempts: { where: { userId: studentId }, orderBy: { startedAt: "desc" } },
      accommodations: { where: { studentId } },
    },
  });
  if (!assignment) throw new NotFoundError("That assignment does not exist.");
  const enrollment = await db.enrollment.findUnique({
    where: { classId_studentId: { classId: assignment.classId, studentId } },
  });
  if (!enrollment) throw new NotFoundError("That assignment does not exist.");
  if (enrollment.removedAt) {
    throw new ForbiddenError(REMOVED_FROM_CLASS);
  }
  const withheld = await withheldByAssignment(db, studentId, now);
  const { attempts, accommodations, ...rest } = assignment;
  const accommodation = accommodations[0] ?? null;
  const release = studentRelease(assignment, accommodation);
  return {
    ...rest,
    // The student's own terms replace the class's.
    ...studentTerms(assignment, accommodation),
    accommodated: accommodation !== null,
    release,
    answersVisible: assignmentAnswersVisible(release, attempts, now),
    attempts: attempts.map(({ score, scoreVisibleAt, ...attempt }) => ({
      ...attempt,
      score: visibleScore({ ...attempt, score, scoreVisibleAt }, now, withheld),
      answersVisible:
        attempt.answersVisibleAt !== null && attempt.answersVisibleAt.getTime() <= now.getTime(),
    })),
  };
}

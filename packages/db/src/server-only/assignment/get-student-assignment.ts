import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { ForbiddenError, NotFoundError, parseInput } from "../../errors.ts";

const getStudentAssignmentSchema = z.object({
  studentId: z.string().min(1),
  assignmentId: z.string().min(1),
});
export type GetStudentAssignmentOptions = z.input<typeof getStudentAssignmentSchema>;

/** One assignment as its student sees it, with their own attempts, newest first. */
export async function getStudentAssignment(db: Db, options: GetStudentAssignmentOptions) {
  const { studentId, assignmentId } = parseInput(getStudentAssignmentSchema, options);
  const assignment = await db.assignment.findUnique({
    where: { id: assignmentId },
    include: {
      class: { select: { id: true, name: true, archivedAt: true } },
      attempts: { where: { userId: studentId }, orderBy: { startedAt: "desc" } },
    },
  });
  if (!assignment) throw new NotFoundError("That assignment does not exist.");
  const enrollment = await db.enrollment.findUnique({
    where: { classId_studentId: { classId: assignment.classId, studentId } },
  });
  if (!enrollment) throw new NotFoundError("That assignment does not exist.");
  if (enrollment.removedAt) {
    throw new ForbiddenError(
      "Your teacher removed you from this class, so its work is closed to you.",
    );
  }
  return assignment;
}

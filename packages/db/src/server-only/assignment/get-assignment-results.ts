import type { QuestionResponse } from "@quizdeck/core/grading";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { requireOwnAssignment } from "./require-own-assignment.ts";

const getAssignmentResultsSchema = z.object({
  teacherId: z.string().min(1),
  assignmentId: z.string().min(1),
});

/**
 * Every submitted attempt at a teacher's assignment by students still in the
 * class, with their responses: the input of item analysis.
 */
export async function getAssignmentResults(
  db: Db,
  options: z.input<typeof getAssignmentResultsSchema>,
) {
  const { teacherId, assignmentId } = parseInput(getAssignmentResultsSchema, options);
  const assignment = await requireOwnAssignment(db, teacherId, assignmentId);
  const attempts = await db.attempt.findMany({
    where: {
      assignmentId,
      submittedAt: { not: null },
      user: { enrollments: { some: { classId: assignment.classId, removedAt: null } } },
    },
    orderBy: { submittedAt: "asc" },
    select: {
      id: true,
      userId: true,
      score: true,
      submittedAt: true,
      responses: { select: { questionId: true, score: true, response: true, timeSpentMs: true } },
    },
  });
  return {
    assignment,
    attempts: attempts.map((attempt) => ({
      attemptId: attempt.id,
      userId: attempt.userId,
      score: attempt.score ?? 0,
      submittedAt: attempt.submittedAt as Date,
      responses: attempt.responses.map((response) => ({
        questionId: response.questionId,
        score: response.score,
        response: response.response as QuestionResponse,
        timeSpentMs: response.timeSpentMs,
      })),
    })),
  };
}

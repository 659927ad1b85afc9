import { studentTerms } from "@quizdeck/core/release";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { InvalidInputError, NotFoundError, parseInput } from "../../errors.ts";
import { accommodationShape } from "../../fields/assignment.ts";
import { inTransaction } from "../../transaction.ts";
import { refreshReleaseTimes } from "./internal/refresh-release-times.ts";
import { requireOwnAssignment } from "./internal/require-own-assignment.ts";

const setAccommodationSchema = z.object({
  teacherId: z.string().min(1),
  assignmentId: z.string().min(1),
  studentId: z.string().min(1),
  ...accommodationShape,
});
export type SetAccommodationOptions = z.input<typeof setAccommodationSchema>;

/**
 * Gives one student of the class more time, more attempts or a later due time
 * on an assignment (empty terms remove the accommodation). Enforced wherever
 * the assignment's own terms are: starting, the deadline of an attempt (one in
 * progress gets its new deadline now), marking late, and the release times.
 */
export async function setAccommodation(db: Db, options: SetAccommodationOptions) {
  const input = parseInput(setAccommodationSchema, options);
  return inTransaction(db, async (tx) => {
    const assignment = await requireOwnAssignment(tx, input.teacherId, input.assignmentId);
    const enrollment = await tx.enrollment.findUnique({
      where: { classId_studentId: { classId: assignment.classId, studentId: input.studentId } },
    });
    if (!enrollment || enrollment.removedAt) {
      throw new NotFoundError("That student is not in this class.");
    }
    if (input.dueAt && input.dueAt <= assignment.opensAt) {
      throw new InvalidInputError(
        "Invalid input: dueAt: The due time must be after the opening time.",
        {
          dueAt: ["The due time must be after the opening time."],
        },
      );
    }
    const terms = {
      extraMinutes: input.extraMinutes ?? null,
      timeMultiplier: input.timeMultiplier ?? null,
      extraAttempts: input.extraAttempts,
      dueAt: input.dueAt ?? null,
    };
    const key = { assignmentId: assignment.id, studentId: input.studentId };
    const none =
      !terms.extraMinutes && !terms.timeMultiplier && !terms.extraAttempts && !terms.dueAt;
    if (none) await tx.accommodation.deleteMany({ where: key });
    const accommodation = none
      ? null
      : await tx.accommodation.upsert({
          where: { assignmentId_studentId: key },
          create: { ...key, ...terms },
          update: terms,
        });

    // An attempt in progress keeps its start and gets the student's new limit.
    const own = studentTerms(assignment, accommodation);
    const open = await tx.attempt.findMany({
      where: { assignmentId: assignment.id, userId: input.studentId, submittedAt: null },
    });
    for (const attempt of open) {
      const limits = [
        own.timeLimitSeconds ? attempt.startedAt.getTime() + own.timeLimitSeconds * 1000 : null,
        own.dueAt && !assignment.allowLate ? own.dueAt.getTime() : null,
      ].filter((limit): limit is number => limit !== null);
      await tx.attempt.update({
        where: { id: attempt.id },
        data: { deadlineAt: limits.length > 0 ? new Date(Math.min(...limits)) : null },
      });
    }
    await refreshReleaseTimes(tx, assignment.id, input.studentId);
    return accommodation;
  });
}

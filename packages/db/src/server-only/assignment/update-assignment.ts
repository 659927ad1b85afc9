import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { ConflictError, parseInput } from "../../errors.ts";
import { assignmentSettingsShape, refineAssignmentSettings } from "../../fields/assignment.ts";
import { inTransaction } from "../../transaction.ts";
import { settingsToColumns } from "./internal/assignment-settings.ts";
import { refreshReleaseTimes } from "./internal/refresh-release-times.ts";
import { requireOwnAssignment } from "./internal/require-own-assignment.ts";

const updateAssignmentSchema = z
  .object({
    teacherId: z.string().min(1),
    assignmentId: z.string().min(1),
    ...assignmentSettingsShape,
  })
  .superRefine(refineAssignmentSettings);
export type UpdateAssignmentOptions = z.input<typeof updateAssignmentSchema>;

/**
 * Edits an assignment's settings. Once students have started, a change that
 * would change the meaning of work already done is refused with the reason:
 * feedback after each answer on or off (students saw keys, or did not), fewer attempts than a
 * student has used, or an opening time after work began. Items never change
 * after creation; make a new assignment instead.
 */
export async function updateAssignment(db: Db, options: UpdateAssignmentOptions) {
  const input = parseInput(updateAssignmentSchema, options);
  return inTransaction(db, async (tx) => {
    const assignment = await requireOwnAssignment(tx, input.teacherId, input.assignmentId);
    const attempts = await tx.attempt.findMany({
      where: { assignmentId: assignment.id },
      select: { userId: true, startedAt: true },
    });
    if (attempts.length > 0) {
      // Students who started with feedback after each answer have seen keys; the others have not.
      const immediate = (release: string) => release === "after_each_answer";
      if (immediate(input.answerRelease) !== immediate(assignment.answerRelease)) {
        throw new ConflictError(
          "Students have already started, so feedback after each answer can no longer be turned on or off.",
        );
      }
      const usedByStudent = new Map<string, number>();
      for (const attempt of attempts)
        usedByStudent.set(attempt.userId, (usedByStudent.get(attempt.userId) ?? 0) + 1);
      const mostUsed = Math.max(...usedByStudent.values());
      if (input.attemptsAllowed !== undefined && input.attemptsAllowed < mostUsed) {
        throw new ConflictError(
          `A student has already used ${mostUsed} attempts; allow at least that many.`,
        );
      }
      const firstStart = Math.min(...attempts.map((attempt) => attempt.startedAt.getTime()));
      if (input.opensAt.getTime() > firstStart) {
        throw new ConflictError(
          "Students started before that opening time; keep it at or before the first start.",
        );
      }
    }
    if (input.retentionTarget !== undefined && assignment.flashcardIds.length === 0) {
      throw new ConflictError("A retention goal needs flashcards in the assignment.");
    }
    const updated = await tx.assignment.update({
      where: { id: assignment.id },
      data: settingsToColumns(input),
    });
    // New release settings or due time move when students see answers and scores.
    await refreshReleaseTimes(tx, assignment.id);
    return updated;
  });
}

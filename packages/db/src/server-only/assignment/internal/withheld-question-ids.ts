import { assignmentAnswersVisible } from "@quizdeck/core/release";
import type { Db } from "../../../client/create-prisma-client.ts";
import type { Tx } from "../../../transaction.ts";
import { studentRelease } from "./refresh-release-times.ts";

/**
 * The questions of the student's assignments whose answers are not released to
 * them yet: practice, immediate feedback, results, mastery and anything else
 * that would show a key or a mark leave these out, so an exam cannot be read
 * ahead through another door. A question the student met in an attempt whose
 * answers are out is theirs to see; the rest of a drawn exam's pool is not.
 * Removal from the class releases nothing.
 */
export async function withheldQuestionIds(
  db: Db | Tx,
  studentId: string,
  now: Date,
  scope: {
    /** Look only at assignments holding this question (one targeted query). */
    onlyQuestionId?: string;
    /** Leave out this assignment: its own attempts follow its own release rule. */
    exceptAssignmentId?: string;
  } = {},
): Promise<Set<string>> {
  const { onlyQuestionId, exceptAssignmentId } = scope;
  const assignments = await db.assignment.findMany({
    where: {
      class: { enrollments: { some: { studentId } } },
      ...(exceptAssignmentId ? { id: { not: exceptAssignmentId } } : {}),
      answerRelease: { not: "after_each_answer" },
      ...(onlyQuestionId ? { questionIds: { has: onlyQuestionId } } : {}),
    },
    include: {
      accommodations: { where: { studentId } },
      attempts: {
        where: { userId: studentId },
        select: { startedAt: true, submittedAt: true, answersVisibleAt: true, questionIds: true },
      },
    },
  });
  const withheld = new Set<string>();
  for (const assignment of assignments) {
    const release = studentRelease(assignment, assignment.accommodations[0] ?? null);
    if (assignmentAnswersVisible(release, assignment.attempts, now)) continue;
    const seen = new Set(
      assignment.attempts
        .filter((attempt) => attempt.answersVisibleAt && attempt.answersVisibleAt <= now)
        .flatMap((attempt) => attempt.questionIds),
    );
    for (const id of assignment.questionIds) if (!seen.has(id)) withheld.add(id);
  }
  return withheld;
}

/** Whether one question is withheld from the student now (one targeted query). */
export async function isQuestionWithheld(
  db: Db | Tx,
  studentId: string,
  questionId: string,
  now: Date,
): Promise<boolean> {
  return (await withheldQuestionIds(db, studentId, now, { onlyQuestionId: questionId })).has(
    questionId,
  );
}

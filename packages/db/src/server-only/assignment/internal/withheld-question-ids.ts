import { assignmentAnswersVisible } from "@quizdeck/core/release";
import type { Db } from "../../../client/create-prisma-client.ts";
import type { Tx } from "../../../transaction.ts";
import { studentRelease } from "./refresh-release-times.ts";

/**
 * The questions of the student's assignments whose answers are not released to
 * them yet: practice, and anything else that would show a key, leaves these out,
 * so an exam cannot be read ahead through another door.
 */
export async function withheldQuestionIds(
  db: Db | Tx,
  studentId: string,
  now: Date,
): Promise<Set<string>> {
  const assignments = await db.assignment.findMany({
    where: { class: { enrollments: { some: { studentId, removedAt: null } } } },
    include: {
      accommodations: { where: { studentId } },
      attempts: { where: { userId: studentId }, select: { startedAt: true, submittedAt: true } },
    },
  });
  const withheld = new Set<string>();
  for (const assignment of assignments) {
    const release = studentRelease(assignment, assignment.accommodations[0] ?? null);
    if (assignmentAnswersVisible(release, assignment.attempts, now)) continue;
    for (const id of assignment.questionIds) withheld.add(id);
  }
  return withheld;
}

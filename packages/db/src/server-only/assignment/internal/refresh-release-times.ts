import {
  type AnswerRelease,
  attemptReleaseTimes,
  type ScoreRelease,
  type StudentRelease,
  studentTerms,
} from "@quizdeck/core/release";
import type { Accommodation, Assignment } from "../../../generated/prisma/client.ts";
import type { Tx } from "../../../transaction.ts";

/** The assignment's release settings as they apply to one student. */
export function studentRelease(
  assignment: Pick<
    Assignment,
    | "answerRelease"
    | "answersReleaseAt"
    | "scoreRelease"
    | "scoreReleaseAt"
    | "dueAt"
    | "closedAt"
    | "attemptsAllowed"
    | "timeLimitSeconds"
    | "allowLate"
  >,
  accommodation: Pick<
    Accommodation,
    "extraMinutes" | "timeMultiplier" | "extraAttempts" | "dueAt"
  > | null,
): StudentRelease {
  const terms = studentTerms(assignment, accommodation);
  return {
    answerRelease: assignment.answerRelease as AnswerRelease,
    answersReleaseAt: assignment.answersReleaseAt,
    scoreRelease: assignment.scoreRelease as ScoreRelease,
    scoreReleaseAt: assignment.scoreReleaseAt,
    dueAt: terms.dueAt,
    closedAt: assignment.closedAt,
    attemptsAllowed: terms.attemptsAllowed,
    allowLate: assignment.allowLate,
  };
}

/**
 * Writes when each attempt at an assignment (one student's, or everyone's)
 * shows its answers and its score, after anything that moves those times: a
 * submission, the teacher's release settings or due time, an accommodation,
 * closing. Every student-facing read filters on the stored times, so this is
 * the one place the release rule turns into data. A release that has come
 * stays: what a student has seen cannot be unseen (reopening a closed
 * assignment, a later due time), so times already past are never moved.
 */
export async function refreshReleaseTimes(
  tx: Tx,
  assignmentId: string,
  studentId?: string,
  now: Date = new Date(),
) {
  const assignment = await tx.assignment.findUniqueOrThrow({
    where: { id: assignmentId },
    include: { accommodations: studentId ? { where: { studentId } } : true },
  });
  const attempts = await tx.attempt.findMany({
    where: { assignmentId, ...(studentId ? { userId: studentId } : {}) },
    select: {
      id: true,
      userId: true,
      startedAt: true,
      submittedAt: true,
      answersVisibleAt: true,
      scoreVisibleAt: true,
    },
  });
  const accommodationOf = new Map(assignment.accommodations.map((row) => [row.studentId, row]));
  const byStudent = new Map<string, typeof attempts>();
  for (const attempt of attempts) {
    byStudent.set(attempt.userId, [...(byStudent.get(attempt.userId) ?? []), attempt]);
  }
  // Changed attempts grouped by their new pair of times: one update per distinct pair.
  const changes = new Map<
    string,
    { answersAt: Date | null; scoreAt: Date | null; ids: string[] }
  >();
  for (const [userId, own] of byStudent) {
    const release = studentRelease(assignment, accommodationOf.get(userId) ?? null);
    for (const attempt of own) {
      const computed = attemptReleaseTimes(release, attempt, own);
      const times = {
        answersAt: released(attempt.answersVisibleAt, now) ?? computed.answersAt,
        scoreAt: released(attempt.scoreVisibleAt, now) ?? computed.scoreAt,
      };
      if (
        sameTime(times.answersAt, attempt.answersVisibleAt) &&
        sameTime(times.scoreAt, attempt.scoreVisibleAt)
      )
        continue;
      const key = `${times.answersAt?.getTime()}|${times.scoreAt?.getTime()}`;
      const group = changes.get(key) ?? { ...times, ids: [] };
      group.ids.push(attempt.id);
      changes.set(key, group);
    }
  }
  for (const { answersAt, scoreAt, ids } of changes.values()) {
    await tx.attempt.updateMany({
      where: { id: { in: ids } },
      data: { answersVisibleAt: answersAt, scoreVisibleAt: scoreAt },
    });
  }
}

/** A stored release time that has already come, else null. */
function released(at: Date | null, now: Date): Date | null {
  return at !== null && at.getTime() <= now.getTime() ? at : null;
}

function sameTime(a: Date | null, b: Date | null): boolean {
  return (a?.getTime() ?? null) === (b?.getTime() ?? null);
}

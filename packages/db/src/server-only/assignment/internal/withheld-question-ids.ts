import { assignmentAnswersVisible } from "@quizdeck/core/release";
import { parseUtcTimestamp } from "../../../client/sql-pool.ts";
import { type Accommodation, type Assignment, Prisma } from "../../../generated/prisma/client.ts";
import type { SqlTx } from "../../../transaction.ts";
import { studentRelease } from "./refresh-release-times.ts";

type ReleaseFields = Parameters<typeof studentRelease>[0];
type AccommodationTerms = NonNullable<Parameters<typeof studentRelease>[1]>;

/** One of the student's assignments as the release rule reads it, with their own terms and attempts. */
interface AssignmentForStudent extends ReleaseFields {
  id: string;
  questionIds: string[];
  accommodation: AccommodationTerms | null;
  attempts: {
    startedAt: Date;
    submittedAt: Date | null;
    answersVisibleAt: Date | null;
    questionIds: string[];
  }[];
}

type WithheldRow = ReleaseFields &
  Pick<Assignment, "id" | "questionIds"> & {
    accommodationId: string | null;
    extraMinutes: Accommodation["extraMinutes"];
    timeMultiplier: Accommodation["timeMultiplier"];
    extraAttempts: number | null;
    accommodationDueAt: Date | null;
    attemptId: string | null;
    startedAt: Date | null;
    submittedAt: Date | null;
    answersVisibleAt: Date | null;
    attemptQuestionIds: string[] | null;
  };

/**
 * The questions of the student's assignments whose answers are not released to
 * them yet: practice, immediate feedback, results, mastery and anything else
 * that would show a key or a mark leave these out, so an exam cannot be read
 * ahead through another door. A question the student met in an attempt whose
 * answers are out is theirs to see; the rest of a drawn exam's pool is not.
 * Removal from the class releases nothing. A teacher looking at the student
 * (`viewerTeacherId`) sees their own assignments' questions; another teacher's
 * stay withheld, as anyone can open a teacher account and a class to join.
 * One raw statement (the answer save reads the same rows as JSON, in its
 * look-ups: `withheldRowsJsonSql`): the assignments in the student's classes,
 * their accommodation and attempts joined, a row per attempt.
 */
export async function withheldQuestionIds(
  db: SqlTx,
  studentId: string,
  now: Date,
  scope: WithheldScope = {},
): Promise<Set<string>> {
  const rows = await db.$queryRaw<WithheldRow[]>`${withheldRowsSql(studentId, scope)}`;
  return withheldAmong(assignmentsOf(rows), now);
}

interface WithheldScope {
  /** Look only at assignments holding this question. */
  onlyQuestionId?: string;
  /** Leave out this assignment: its own attempts follow its own release rule. */
  exceptAssignmentId?: string;
  /** Leave out the assignments of this teacher's classes: theirs to see. */
  viewerTeacherId?: string;
}

function withheldRowsSql(studentId: string, scope: WithheldScope): Prisma.Sql {
  const { onlyQuestionId, exceptAssignmentId, viewerTeacherId } = scope;
  const holding = onlyQuestionId
    ? Prisma.sql`AND ${onlyQuestionId} = ANY(s."questionIds")`
    : Prisma.empty;
  const except = exceptAssignmentId ? Prisma.sql`AND s.id <> ${exceptAssignmentId}` : Prisma.empty;
  const notViewers = viewerTeacherId
    ? Prisma.sql`AND NOT EXISTS (SELECT 1 FROM "class" vc
                                  WHERE vc.id = s."classId" AND vc."teacherId" = ${viewerTeacherId})`
    : Prisma.empty;
  return Prisma.sql`
    SELECT s.id, s."questionIds", s."answerRelease", s."answersReleaseAt", s."scoreRelease",
           s."scoreReleaseAt", s."dueAt", s."closedAt", s."attemptsAllowed", s."timeLimitSeconds",
           s."allowLate", o.id AS "accommodationId", o."extraMinutes", o."timeMultiplier",
           o."extraAttempts", o."dueAt" AS "accommodationDueAt", a.id AS "attemptId",
           a."startedAt", a."submittedAt", a."answersVisibleAt", a."questionIds" AS "attemptQuestionIds"
      FROM "assignment" s
      JOIN "enrollment" e ON e."classId" = s."classId" AND e."studentId" = ${studentId}
      LEFT JOIN "accommodation" o ON o."assignmentId" = s.id AND o."studentId" = ${studentId}
      LEFT JOIN "attempt" a ON a."assignmentId" = s.id AND a."userId" = ${studentId}
     WHERE s."answerRelease" <> 'after_each_answer' ${holding} ${except} ${notViewers}`;
}

function assignmentsOf(rows: readonly WithheldRow[]): AssignmentForStudent[] {
  const byAssignment = new Map<string, AssignmentForStudent>();
  for (const row of rows) {
    let assignment = byAssignment.get(row.id);
    if (!assignment) {
      assignment = {
        ...row,
        accommodation: row.accommodationId
          ? {
              extraMinutes: row.extraMinutes,
              timeMultiplier: row.timeMultiplier,
              extraAttempts: row.extraAttempts ?? 0,
              dueAt: row.accommodationDueAt,
            }
          : null,
        attempts: [],
      };
      byAssignment.set(row.id, assignment);
    }
    if (row.attemptId && row.startedAt) {
      assignment.attempts.push({
        startedAt: row.startedAt,
        submittedAt: row.submittedAt,
        answersVisibleAt: row.answersVisibleAt,
        questionIds: row.attemptQuestionIds ?? [],
      });
    }
  }
  return [...byAssignment.values()];
}

/** The timestamps among a withheld row's columns: JSON gives them as text. */
const ROW_TIMES = [
  "answersReleaseAt",
  "scoreReleaseAt",
  "dueAt",
  "closedAt",
  "accommodationDueAt",
  "startedAt",
  "submittedAt",
  "answersVisibleAt",
] as const;

/**
 * The rows for one question as one JSON column of a statement that
 * reads other things too: the answer save asks in the statement that locks the
 * learner's memory, rather than in a round trip of its own.
 */
export function withheldRowsJsonSql(studentId: string, questionId: string): Prisma.Sql {
  return Prisma.sql`(SELECT coalesce(json_agg(w), '[]'::json)
      FROM (${withheldRowsSql(studentId, { onlyQuestionId: questionId })}) w)`;
}

/** Whether an assignment withholds this question from the student now, from the rows `withheldRowsJsonSql` read. */
export function isQuestionWithheldIn(json: unknown, questionId: string, now: Date): boolean {
  const rows = (json as Record<string, unknown>[]).map((row) => {
    const parsed = { ...row };
    for (const column of ROW_TIMES) {
      const text = row[column];
      // Stored as UTC in timestamps without a zone, which JSON writes with no offset.
      parsed[column] = typeof text === "string" ? parseUtcTimestamp(text) : null;
    }
    return parsed as unknown as WithheldRow;
  });
  return withheldAmong(assignmentsOf(rows), now).has(questionId);
}

function withheldAmong(assignments: readonly AssignmentForStudent[], now: Date): Set<string> {
  return new Set([...withheldPerAssignment(assignments, now).values()].flatMap((ids) => [...ids]));
}

/** Each assignment's withheld questions (only those withholding any). */
function withheldPerAssignment(
  assignments: readonly AssignmentForStudent[],
  now: Date,
): Map<string, Set<string>> {
  const byAssignment = new Map<string, Set<string>>();
  for (const assignment of assignments) {
    const release = studentRelease(assignment, assignment.accommodation);
    if (assignmentAnswersVisible(release, assignment.attempts, now)) continue;
    const seen = new Set(
      assignment.attempts
        .filter((attempt) => attempt.answersVisibleAt && attempt.answersVisibleAt <= now)
        .flatMap((attempt) => attempt.questionIds),
    );
    const withheld = new Set(assignment.questionIds.filter((id) => !seen.has(id)));
    if (withheld.size > 0) byAssignment.set(assignment.id, withheld);
  }
  return byAssignment;
}

/**
 * `withheldQuestionIds` per assignment, for views of several attempts at once:
 * an attempt's score is held back while an assignment other than its own
 * withholds one of its questions (`visibleScore`).
 */
export async function withheldByAssignment(
  db: SqlTx,
  studentId: string,
  now: Date,
): Promise<Map<string, Set<string>>> {
  const rows = await db.$queryRaw<WithheldRow[]>`${withheldRowsSql(studentId, {})}`;
  return withheldPerAssignment(assignmentsOf(rows), now);
}

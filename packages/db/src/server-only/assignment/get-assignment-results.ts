import { hasAnswerDistribution, type SubmittedAttempt } from "@quizdeck/core/analysis";
import type { QuestionResponse } from "@quizdeck/core/grading";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import type { AttemptQuestion } from "../attempt/internal/attempt-questions.ts";
import { attemptQuestions } from "../attempt/internal/attempt-questions.ts";
import { requireOwnAssignment } from "./internal/require-own-assignment.ts";

const getAssignmentResultsSchema = z.object({
  teacherId: z.string().min(1),
  assignmentId: z.string().min(1),
});

/** One attempt as the query returns it; `responses` is JSON text of `ResponseColumns`. */
interface AttemptRow {
  id: string;
  userId: string;
  score: number | null;
  submittedAt: Date;
  responses: string;
}

/** An attempt's responses, column by column. */
type ResponseColumns = [
  questionIds: string[],
  scores: number[],
  timesSpentMs: number[],
  responses: (QuestionResponse | null)[],
];

/**
 * Every submitted attempt at a teacher's assignment by students still in the
 * class, with their responses: the input of item analysis; with the
 * assignment's questions as assigned (its bank version, in order; a teacher's
 * question at the version assigned, with its source and the version's number
 * next to the item's latest, in `versions` by question id) and how many
 * attempts were started at all (which decides what may still be edited). Attempts in
 * submission order (then by id); an attempt's responses in no set order. A
 * response's JSON is there only for the assignment's questions with an answer
 * distribution, the one place item analysis reads it; elsewhere it is null.
 */
export async function getAssignmentResults(
  db: Db,
  options: z.input<typeof getAssignmentResultsSchema>,
) {
  const { teacherId, assignmentId } = parseInput(getAssignmentResultsSchema, options);
  const assignment = await requireOwnAssignment(db, teacherId, assignmentId);
  const taken = await attemptQuestions(db, assignment.contentVersion, assignment.questionIds);
  const withDistribution = [...taken]
    .filter(([, { question }]) => hasAnswerDistribution(question.type))
    .map(([id]) => id);
  // A class's results run to tens of thousands of responses, so this is one
  // row per attempt whose responses are one JSON text, parsed once: Prisma's
  // nested include made an object per row and column, and took most of the
  // teacher's page (docs/benchmarks.md). Columns go as arrays; the stored JSON
  // is spliced in as text, and only where it is read: matching and ordering
  // answers are most of the bytes, and converting them was most of the query.
  // An attempt without responses gets empty arrays.
  const rows = await db.$queryRaw<AttemptRow[]>`
    SELECT a.id, a."userId", a.score, a."submittedAt", packed.responses
      FROM "attempt" a
     CROSS JOIN LATERAL (
           SELECT concat('[', coalesce(array_to_json(array_agg(r."questionId")), '[]'),
                         ',', coalesce(array_to_json(array_agg(r.score)), '[]'),
                         ',', coalesce(array_to_json(array_agg(r."timeSpentMs")), '[]'),
                         ',[', string_agg(CASE WHEN r."questionId" = ANY(${withDistribution})
                                               THEN r.response::text ELSE 'null' END, ','),
                         ']]') AS responses
             FROM "response" r
            WHERE r."attemptId" = a.id
           ) packed
     WHERE a."assignmentId" = ${assignmentId}
       AND a."submittedAt" IS NOT NULL
       AND EXISTS (SELECT 1 FROM "enrollment" e
                    WHERE e."classId" = ${assignment.classId}
                      AND e."studentId" = a."userId"
                      AND e."removedAt" IS NULL)
     ORDER BY a."submittedAt", a.id`;
  const startedCount = await db.attempt.count({ where: { assignmentId } });
  const questions = assignment.questionIds.flatMap((id) => {
    const found = taken.get(id);
    return found ? [found.question] : [];
  });
  return {
    assignment,
    questions,
    versions: await versionsOf(db, taken),
    startedCount,
    attempts: rows.map(submittedAttempt),
  };
}

function submittedAttempt(row: AttemptRow): SubmittedAttempt {
  const [questionIds, scores, timesSpentMs, responses] = JSON.parse(
    row.responses,
  ) as ResponseColumns;
  return {
    attemptId: row.id,
    userId: row.userId,
    score: row.score ?? 0,
    submittedAt: row.submittedAt,
    responses: questionIds.map((questionId, index) => ({
      questionId,
      score: scores[index] as number,
      response: responses[index] as QuestionResponse | null,
      timeSpentMs: timesSpentMs[index] as number,
    })),
  };
}

/** For each teacher's question of the assignment: its item, the version assigned, the latest, its source. */
async function versionsOf(db: Db, taken: Map<string, AttemptQuestion>) {
  const library = [...taken].filter(([, entry]) => entry.version !== null);
  if (library.length === 0) return new Map<string, QuestionVersion>();
  const latest = await db.libraryItemVersion.groupBy({
    by: ["itemId"],
    where: { itemId: { in: library.map(([, entry]) => entry.version?.itemId ?? "") } },
    _max: { number: true },
  });
  const latestOf = new Map(latest.map((row) => [row.itemId, row._max.number ?? 1]));
  return new Map<string, QuestionVersion>(
    library.map(([id, { version, source }]) => [
      id,
      {
        itemId: version?.itemId ?? "",
        number: version?.number ?? 1,
        latestNumber: latestOf.get(version?.itemId ?? "") ?? version?.number ?? 1,
        source,
      },
    ]),
  );
}

/** Which version of a teacher's question an assignment holds. */
export interface QuestionVersion {
  itemId: string;
  number: number;
  latestNumber: number;
  source: { id: string; title: string } | null;
}

import { parseUtcTimestamp } from "../../../client/sql-pool.ts";
import { Prisma, type Response } from "../../../generated/prisma/client.ts";
import type { SqlTx } from "../../../transaction.ts";
import {
  isQuestionWithheldIn,
  withheldRowsJsonSql,
} from "../../assignment/internal/withheld-question-ids.ts";
import {
  type LockedMemory,
  lockMemorySql,
  type MemoryKey,
} from "../../memory/internal/review-statements.ts";

/** What an answer save reads once its attempt is locked. */
export interface AnswerLookups {
  /** Stored answers with this clientId, or to this question in this attempt (at most two). */
  found: Response[];
  /** With immediate feedback: whether an assignment still withholds the question's key. */
  withheld: boolean;
  /** With immediate feedback: the learner's memory of the question, created if new and locked. */
  memory: LockedMemory | null;
}

/**
 * Every look-up of an answer save in one statement after the attempt's lock:
 * both idempotency look-ups and, with immediate feedback (which applies a
 * review), the withheld-key rows and the memory row the review will update,
 * locked now rather than in round trips of their own. An answer that is then
 * refused, or a retry of one already saved, keeps none of it: both end the
 * transaction with a rollback (a refusal's error, a retry's `Discard`).
 */
export async function lookUpAnswer(
  tx: SqlTx,
  options: { attemptId: string; questionId: string; clientId: string; review: MemoryKey | null },
): Promise<AnswerLookups> {
  const { attemptId, questionId, clientId, review } = options;
  const found = Prisma.sql`(SELECT coalesce(json_agg(r), '[]'::json) FROM "response" r
     WHERE r."clientId" = ${clientId}
        OR (r."attemptId" = ${attemptId} AND r."questionId" = ${questionId}))`;
  if (!review) {
    const [row] = await tx.$queryRaw<{ found: unknown }[]>`SELECT ${found} AS "found"`;
    return { found: responsesOf(row?.found), withheld: false, memory: null };
  }
  const [row] = await tx.$queryRaw<(LockedMemory & { found: unknown; withheldRows: unknown })[]>`
    WITH memory AS (${lockMemorySql(review, { keyIsNew: true })})
    SELECT memory.*, ${found} AS "found",
           ${withheldRowsJsonSql(review.userId, questionId)} AS "withheldRows"
      FROM memory`;
  if (!row) throw new Error(`No memory row for ${review.userId}/${review.itemId}`);
  const { found: foundJson, withheldRows, ...memory } = row;
  return {
    found: responsesOf(foundJson),
    withheld: isQuestionWithheldIn(withheldRows, questionId, review.now),
    memory,
  };
}

/** Response rows from JSON, whose timestamp (UTC, without a zone) comes as text with no offset. */
function responsesOf(json: unknown): Response[] {
  return ((json ?? []) as (Omit<Response, "answeredAt"> & { answeredAt: string })[]).map((row) => ({
    ...row,
    answeredAt: parseUtcTimestamp(row.answeredAt),
  }));
}

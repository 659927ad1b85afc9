import { Prisma, type Response } from "../../../generated/prisma/client.ts";
import type { SqlTx } from "../../../transaction.ts";
import {
  type PlannedReview,
  reviewWriteCtes,
  updateMemorySql,
} from "../../memory/internal/review-statements.ts";

export interface ResponseWrite {
  /** The id of a new answer's row (chosen before: its review's key is made from it). */
  id: string;
  attemptId: string;
  questionId: string;
  clientId: string;
  revision: number;
  response: unknown;
  score: number;
  timeSpentMs: number;
  answeredAt: Date;
}

/**
 * Writes an answer (a new row, or over `current`, the question's earlier answer
 * in this attempt) and, with immediate feedback, its review of the learner's
 * locked memory, in one statement (data-modifying CTEs always run). Returns the
 * answer's row.
 */
export async function writeResponse(
  tx: SqlTx,
  answer: ResponseWrite,
  current: Response | undefined,
  review: PlannedReview | null,
): Promise<Response> {
  if (current && review) {
    // Its key names the new row's id: an answer that had feedback is never answered again.
    throw new Error("A review is written with a new answer only.");
  }
  const withReview = review
    ? Prisma.sql`WITH ${reviewWriteCtes(review)}, remembered AS (${updateMemorySql(review)})`
    : Prisma.empty;
  const json = JSON.stringify(answer.response);
  const [row] = current
    ? await tx.$queryRaw<Response[]>`${withReview}
        UPDATE "response" SET "clientId" = ${answer.clientId}, "revision" = ${answer.revision},
          "response" = ${json}::jsonb, "score" = ${answer.score},
          "timeSpentMs" = ${answer.timeSpentMs}, "answeredAt" = ${answer.answeredAt}
        WHERE "id" = ${current.id}
        RETURNING *`
    : await tx.$queryRaw<Response[]>`${withReview}
        INSERT INTO "response" ("id", "attemptId", "questionId", "clientId", "revision",
          "response", "score", "timeSpentMs", "answeredAt")
        VALUES (${answer.id}, ${answer.attemptId}, ${answer.questionId}, ${answer.clientId},
          ${answer.revision}, ${json}::jsonb, ${answer.score}, ${answer.timeSpentMs},
          ${answer.answeredAt})
        RETURNING *`;
  if (!row) throw new Error("The answer's row was not written");
  return row;
}

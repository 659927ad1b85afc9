import type { Db } from "../../client/create-prisma-client.ts";
import { type AttemptQuestion, attemptQuestion } from "./internal/attempt-questions.ts";

export type { AttemptQuestion };

/**
 * One question of an attempt the caller already holds (say, recordResponse's
 * result), as taken: for its feedback. Null when the attempt does not hold it.
 */
export async function getAttemptQuestion(
  db: Db,
  attempt: { contentVersion: string; questionIds: readonly string[] },
  questionId: string,
): Promise<AttemptQuestion | null> {
  if (!attempt.questionIds.includes(questionId)) return null;
  return attemptQuestion(db, attempt.contentVersion, questionId);
}

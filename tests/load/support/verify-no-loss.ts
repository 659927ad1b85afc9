import type { SqlConnection } from "../../../packages/db/src/client/sql-connection.ts";
import type { StudentOutcome } from "./simulate-student.ts";

export interface LossReport {
  acknowledged: number;
  stored: number;
  /** Every way the stored data disagrees with what the students were told; empty when nothing was lost. */
  problems: string[];
}

/**
 * Compares what the server acknowledged with what it stored, exactly: every
 * acknowledged answer is there once under its clientId, no answer is there that
 * nobody was told about, every submitted attempt carries the score its answers
 * add up to, no attempt is half-submitted, and (immediate feedback) every
 * answer fed the memory model exactly once.
 */
export async function verifyNoLoss(
  sql: SqlConnection,
  outcomes: readonly StudentOutcome[],
): Promise<LossReport> {
  const problems: string[] = [];
  const attemptIds = outcomes.flatMap((outcome) => (outcome.attemptId ? [outcome.attemptId] : []));
  const rows = (await sql.query(
    `SELECT "attemptId", "questionId", "clientId" FROM response WHERE "attemptId" = ANY($1::text[])`,
    [attemptIds],
  )) as { attemptId: string; questionId: string; clientId: string }[];
  const stored = new Map(rows.map((row) => [row.clientId, row]));
  let acknowledged = 0;
  for (const outcome of outcomes) {
    for (const [clientId, questionId] of outcome.acknowledged) {
      acknowledged += 1;
      const row = stored.get(clientId);
      if (!row)
        problems.push(
          `${outcome.email}: acknowledged answer ${clientId} (${questionId}) is missing`,
        );
      else if (row.attemptId !== outcome.attemptId || row.questionId !== questionId)
        problems.push(
          `${outcome.email}: answer ${clientId} is stored under another attempt or question`,
        );
    }
  }
  const known = new Set(outcomes.flatMap((outcome) => [...outcome.acknowledged.keys()]));
  for (const row of rows) {
    if (!known.has(row.clientId))
      problems.push(`stored answer ${row.clientId} was never acknowledged`);
  }

  const attempts = (await sql.query(
    `SELECT a.id, a."submittedAt" IS NOT NULL AS submitted, a.score,
            coalesce(sum(r.score), 0) / greatest(cardinality(a."questionIds"), 1) AS expected
       FROM attempt a LEFT JOIN response r ON r."attemptId" = a.id
      WHERE a.id = ANY($1::text[])
      GROUP BY a.id`,
    [attemptIds],
  )) as { id: string; submitted: boolean; score: number | null; expected: number }[];
  const byId = new Map(attempts.map((attempt) => [attempt.id, attempt]));
  for (const outcome of outcomes) {
    if (!outcome.attemptId) continue;
    const attempt = byId.get(outcome.attemptId);
    if (!attempt) {
      problems.push(`${outcome.email}: attempt ${outcome.attemptId} is missing`);
      continue;
    }
    if (attempt.submitted !== (attempt.score !== null))
      problems.push(`${outcome.email}: attempt ${attempt.id} is half-submitted`);
    if (outcome.submitted && !attempt.submitted)
      problems.push(`${outcome.email}: submit was acknowledged but attempt ${attempt.id} is open`);
    if (attempt.submitted && Math.abs(Number(attempt.score) - Number(attempt.expected)) > 1e-9)
      problems.push(
        `${outcome.email}: attempt ${attempt.id} scored ${attempt.score}, its answers add up to ${attempt.expected}`,
      );
  }

  const reviews = (await sql.query(
    `SELECT count(*)::int AS logs
       FROM review_log l JOIN response r ON l."clientId" = 'quiz:' || r.id
      WHERE r."attemptId" = ANY($1::text[])`,
    [attemptIds],
  )) as { logs: number }[];
  const logs = reviews[0]?.logs ?? 0;
  if (logs !== rows.length)
    problems.push(`${rows.length} answers stored but ${logs} of them reached the memory model`);

  return { acknowledged, stored: rows.length, problems };
}

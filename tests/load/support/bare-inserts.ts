import { randomUUID } from "node:crypto";
import pg from "pg";
import type { PlannedAnswer } from "./simulate-student.ts";

export interface BareRun {
  rows: number;
  durationMs: number;
  rowsPerSecond: number;
}

/**
 * The write path with nothing on top: the same response rows the app stores
 * (one per answer, into attempts that exist), inserted one statement and one
 * commit each by a plain `pg` pool of `poolSize` connections, all busy at once.
 * What the app achieves over this is the cost of HTTP, sessions, validation,
 * grading, locking and the memory model.
 */
export async function bareInserts(
  databaseUrl: string,
  poolSize: number,
  attempts: readonly { attemptId: string; answers: readonly PlannedAnswer[] }[],
): Promise<BareRun> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  const queue = attempts.flatMap(({ attemptId, answers }) =>
    answers.map((answer) => [
      randomUUID(),
      attemptId,
      answer.questionId,
      randomUUID(),
      JSON.stringify(answer.response),
    ]),
  );
  let next = 0;
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: poolSize }, async () => {
        for (let row = queue[next++]; row; row = queue[next++]) {
          await pool.query(
            `INSERT INTO response (id, "attemptId", "questionId", "clientId", revision, response, score, "timeSpentMs", "answeredAt")
             VALUES ($1, $2, $3, $4, 1, $5, 1, 4000, now())`,
            row,
          );
        }
      }),
    );
  } finally {
    await pool.end();
  }
  const durationMs = performance.now() - started;
  return { rows: queue.length, durationMs, rowsPerSecond: (queue.length * 1000) / durationMs };
}

import { itemAnalysis } from "@quizdeck/core/analysis";
import { getAssignmentResults } from "@quizdeck/db/assignment";
import type { Db } from "../../packages/db/src/client/create-prisma-client.ts";
import { ensureCurrentContentVersion } from "../../packages/db/src/server-only/content/internal/ensure-content-version.ts";
import type { TestBackend } from "../../packages/db/test/support/test-databases.ts";
import { ASSIGNMENT_SET_ID, assignmentQuestions } from "./support/bank-questions.ts";
import { type BenchResult, measureAsync } from "./support/measure.ts";
import { ATTEMPT_T0, syntheticAttempts } from "./support/synthetic-attempts.ts";

export const RESULT_ATTEMPTS = 1000;
const CHUNK = 2000;

/** Stores the class, the assignment and the 1,000 submitted attempts with their responses. */
export async function seedAssignmentResults(db: Db) {
  const questions = assignmentQuestions();
  const attempts = syntheticAttempts(questions, RESULT_ATTEMPTS);
  const contentVersion = await ensureCurrentContentVersion(db);

  const teacherId = "bench-teacher";
  await db.user.create({
    data: { id: teacherId, name: "Bench teacher", email: "teacher@example.test", role: "teacher" },
  });
  const klass = await db.class.create({
    data: { name: "Bench class", teacherId, joinCode: "BENCH23" },
  });
  const assignment = await db.assignment.create({
    data: {
      classId: klass.id,
      title: "Whole-article review",
      setId: ASSIGNMENT_SET_ID,
      questionIds: questions.map((question) => question.id),
      contentVersion,
      opensAt: new Date(ATTEMPT_T0 - 86_400_000),
      answerRelease: "after_each_attempt",
    },
  });
  await db.user.createMany({
    data: attempts.map((attempt) => ({
      id: attempt.userId,
      name: attempt.userId,
      email: `${attempt.userId}@example.test`,
      role: "student" as const,
    })),
  });
  await db.enrollment.createMany({
    data: attempts.map((attempt) => ({ classId: klass.id, studentId: attempt.userId })),
  });
  await db.attempt.createMany({
    data: attempts.map((attempt, index) => ({
      id: attempt.attemptId,
      userId: attempt.userId,
      kind: "assignment" as const,
      assignmentId: assignment.id,
      questionIds: questions.map((question) => question.id),
      shuffleSeed: index,
      shuffleOptions: false,
      feedbackMode: "after_submit" as const,
      contentVersion,
      startedAt: new Date(attempt.submittedAt.getTime() - 20 * 60_000),
      submittedAt: attempt.submittedAt,
      score: attempt.score,
    })),
  });
  const responses = attempts.flatMap((attempt) =>
    attempt.responses.map((response) => ({
      attemptId: attempt.attemptId,
      questionId: response.questionId,
      clientId: `${attempt.attemptId}-${response.questionId}`,
      response: response.response,
      score: response.score,
      timeSpentMs: response.timeSpentMs,
      answeredAt: attempt.submittedAt,
    })),
  );
  for (let start = 0; start < responses.length; start += CHUNK) {
    await db.response.createMany({ data: responses.slice(start, start + CHUNK) });
  }

  return {
    teacherId,
    assignmentId: assignment.id,
    questions,
    attempts,
    responses: responses.length,
  };
}

/**
 * The teacher's item-analysis page data on a fresh database: one class of 1,000
 * students, each with one submitted attempt at a 20-question assignment (the
 * synthetic attempts of the pure benchmark, stored as rows: 1,000 attempts and
 * about 19,600 responses). Measured: `getAssignmentResults` alone, and the page's
 * load as the page does it (results, the assigned bank, `itemAnalysis`).
 */
export async function benchAssignmentResults(backend: TestBackend): Promise<BenchResult[]> {
  const database = await backend.create();
  try {
    const { db } = database;
    const { teacherId, assignmentId, questions, attempts, responses } =
      await seedAssignmentResults(db);
    const expected = itemAnalysis(questions, attempts);
    const pageData = async () => {
      const results = await getAssignmentResults(db, { teacherId, assignmentId });
      return itemAnalysis(results.questions, results.attempts);
    };
    const loaded = await pageData();
    if (JSON.stringify(loaded.items) !== JSON.stringify(expected.items)) {
      throw new Error("item analysis from the database differs from the one in memory");
    }

    const label = `${RESULT_ATTEMPTS.toLocaleString("en")} attempts × ${questions.length} (${responses.toLocaleString("en")} responses, ${backend.name})`;
    const query = await measureAsync(
      `getAssignmentResults: ${label}`,
      () => getAssignmentResults(db, { teacherId, assignmentId }),
      { samples: 15, warmUp: 2 },
    );
    const page = await measureAsync(
      `item-analysis page data (getAssignmentResults + itemAnalysis): ${label}`,
      pageData,
      { samples: 15, warmUp: 2 },
    );
    return [query, page];
  } finally {
    await database.close();
  }
}

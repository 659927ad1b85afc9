import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordResponse } from "../src/server-only/attempt/record-response.ts";
import { startAttempt } from "../src/server-only/attempt/start-attempt.ts";
import { rightAnswer, singleChoice, someQuestionIds } from "./support/bank-fixtures.ts";
import { clientId, createTestUser } from "./support/factories.ts";
import { type TestDatabase, testBackends } from "./support/test-databases.ts";

/** A statement as "VERB table", e.g. "INSERT response", "SELECT attempt", "BEGIN". */
function shape(sql: string): string {
  const text = sql.replace(/\s+/g, " ").trim();
  const verb = /^\w+/.exec(text)?.[0].toUpperCase() ?? "?";
  const table = /\b(?:FROM|INTO|UPDATE)\s+"?(\w+)"?/i.exec(text)?.[1];
  return table ? `${verb} ${table}` : verb;
}

/**
 * Every answer a class gives runs these statements: the count is the answer
 * path's cost, and none may go through Prisma's query compiler (about a
 * millisecond of CPU each). A change that adds one must change this test.
 */
describe.each(testBackends)("an answer save's statements on $name", (backend) => {
  let database: TestDatabase | undefined;
  const sent: { sql: string; via: "prisma" | "driver" }[] = [];
  beforeAll(async () => {
    database = await backend.create({ onStatement: (sql, via) => sent.push({ sql, via }) });
  });
  afterAll(() => database?.close());

  async function practiceAttempt(feedbackMode: "immediate" | "after_submit") {
    const db = (database as TestDatabase).db;
    const student = await createTestUser(db, "student");
    const question = singleChoice();
    const { attempt } = await startAttempt(db, {
      kind: "practice",
      userId: student.id,
      questionIds: [question.id, ...someQuestionIds(3).filter((id) => id !== question.id)],
      feedbackMode,
    });
    return {
      db,
      save: {
        userId: student.id,
        attemptId: attempt.id,
        questionId: question.id,
        clientId: clientId(),
        revision: 1,
        response: rightAnswer(question),
      },
    };
  }

  it("saves an answer with immediate feedback in five statements on the driver, the withheld-key check and review included", async () => {
    const { db, save } = await practiceAttempt("immediate");
    sent.length = 0;
    expect((await recordResponse(db, save)).status).toBe("saved");
    expect(sent.filter(({ via }) => via === "prisma")).toEqual([]);
    expect(sent.map(({ sql }) => shape(sql))).toEqual([
      "BEGIN",
      "SELECT attempt",
      "WITH item_memory",
      "WITH review_log",
      "COMMIT",
    ]);
  });

  it("answers a retried answer from the stored one in four statements, its key still checked, and keeps none of them", async () => {
    const { db, save } = await practiceAttempt("immediate");
    await recordResponse(db, save);
    // The row's version: an update that was kept, even one changing nothing, gives a new one.
    const rowVersion = () => db.$queryRaw<{ xmin: string }[]>`
      SELECT xmin::text FROM "item_memory" WHERE "userId" = ${save.userId}`;
    const before = await rowVersion();
    sent.length = 0;
    const retried = await recordResponse(db, save);
    expect(retried.status).toBe("duplicate");
    expect(sent.map(({ sql, via }) => `${via}: ${shape(sql)}`)).toEqual([
      "driver: BEGIN",
      "driver: SELECT attempt",
      "driver: WITH item_memory",
      "driver: ROLLBACK",
    ]);
    expect(await rowVersion()).toEqual(before);
    // The stored answer as read back through the look-ups' JSON: every column, dates as dates.
    expect(retried.response).toEqual(
      await db.response.findUniqueOrThrow({ where: { clientId: save.clientId } }),
    );
  });

  it("saves an answer whose feedback waits for submission in five statements", async () => {
    const { db, save } = await practiceAttempt("after_submit");
    sent.length = 0;
    expect((await recordResponse(db, save)).status).toBe("saved");
    expect(sent.map(({ sql, via }) => `${via}: ${shape(sql)}`)).toEqual([
      "driver: BEGIN",
      "driver: SELECT attempt",
      "driver: SELECT response",
      "driver: INSERT response",
      "driver: COMMIT",
    ]);
  });
});

import { bank } from "@quizdeck/content/bank";
import { type Bank, bankSchema } from "@quizdeck/content/schema";
import { CONTENT_VERSION, computeContentVersion } from "@quizdeck/content/version";
import { expect, it } from "vitest";
import { getAttempt } from "../src/server-only/attempt/get-attempt.ts";
import { recordResponse } from "../src/server-only/attempt/record-response.ts";
import { startAttempt } from "../src/server-only/attempt/start-attempt.ts";
import { submitAttempt } from "../src/server-only/attempt/submit-attempt.ts";
import { loadBank } from "../src/server-only/content/load-bank.ts";
import { singleChoice } from "./support/bank-fixtures.ts";
import { describeEachBackend } from "./support/describe-each-backend.ts";
import { clientId, createTestUser } from "./support/factories.ts";

const T0 = new Date("2026-03-02T09:00:00Z");
const REMOVED_ID = "q-removed-since";

/**
 * The shipped bank as it stood before an edit: the first single-choice
 * question had its key on another option and other wording, and one question
 * has since been removed.
 */
function olderBank(): { older: Bank; oldKeyId: string } {
  const older = structuredClone(bank);
  const changed = older.questions.find((question) => question.id === singleChoice().id);
  if (changed?.type !== "single-choice") throw new Error("no single-choice question");
  const oldKey = changed.choices.find((choice) => !choice.correct);
  if (!oldKey) throw new Error("no other option");
  changed.choices = changed.choices.map((choice) => ({ ...choice, correct: choice === oldKey }));
  changed.prompt = "How did the older bank word this question?";
  older.questions.push({
    id: REMOVED_ID,
    type: "true-false",
    prompt: "True or false: a statement the current bank no longer asks about.",
    explanation: "True, in the older bank.",
    evidence: [{ paragraphId: "p01", quote: "Russia is acting tough" }],
    tags: ["russia"],
    difficulty: 1,
    level: "recall",
    answer: true,
  });
  return { older: bankSchema.parse(older), oldKeyId: oldKey.id };
}

describeEachBackend("an attempt taken on an older content version", ({ db }) => {
  it("grades, submits and reviews against the bank it was taken on", async () => {
    const { older, oldKeyId } = olderBank();
    const version = computeContentVersion(older);
    expect(version).not.toBe(CONTENT_VERSION);
    const student = await createTestUser(db, "student");
    const question = singleChoice();
    const { attempt } = await startAttempt(db, {
      kind: "practice",
      userId: student.id,
      questionIds: [question.id],
      feedbackMode: "after_submit",
      now: T0,
    });
    // As if the attempt had been started before the bank changed.
    await db.contentVersion.create({ data: { id: version, bank: older } });
    await db.attempt.update({
      where: { id: attempt.id },
      data: { contentVersion: version, questionIds: [question.id, REMOVED_ID] },
    });

    const save = (questionId: string, response: unknown) =>
      recordResponse(db, {
        userId: student.id,
        attemptId: attempt.id,
        questionId,
        clientId: clientId(),
        response,
        timeSpentMs: 1000,
        now: new Date(T0.getTime() + 60_000),
      });
    const changed = await save(question.id, { type: "single-choice", choiceId: oldKeyId });
    expect(changed.response.score).toBe(1);
    const removed = await save(REMOVED_ID, { type: "true-false", answer: true });
    expect(removed.response.score).toBe(1);

    const submitted = await submitAttempt(db, {
      userId: student.id,
      attemptId: attempt.id,
      now: new Date(T0.getTime() + 120_000),
    });
    expect(submitted.attempt.score).toBe(1);

    const reviewed = await getAttempt(db, { userId: student.id, attemptId: attempt.id });
    const shown = await loadBank(db, reviewed.contentVersion);
    expect(shown.questions.find((candidate) => candidate.id === question.id)?.prompt).toBe(
      "How did the older bank word this question?",
    );
    expect(shown.questions.some((candidate) => candidate.id === REMOVED_ID)).toBe(true);
    expect(bank.questions.some((candidate) => candidate.id === REMOVED_ID)).toBe(false);
  });
});

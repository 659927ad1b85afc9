import { bank } from "@quizdeck/content/bank";
import { expect, it } from "vitest";
import { InvalidInputError } from "../src/errors.ts";
import { recordResponse } from "../src/server-only/attempt/record-response.ts";
import { startAttempt } from "../src/server-only/attempt/start-attempt.ts";
import { getDueQueue } from "../src/server-only/memory/get-due-queue.ts";
import { reviewCard } from "../src/server-only/memory/review-card.ts";
import { undoReview } from "../src/server-only/memory/undo-review.ts";
import { rightAnswer, singleChoice } from "./support/bank-fixtures.ts";
import { describeEachBackend } from "./support/describe-each-backend.ts";
import { clientId, createTestUser } from "./support/factories.ts";

const NOW = new Date("2026-03-02T10:00:00Z");
const MINUTE = 60_000;
const cardIds = () => bank.flashcards.map((card) => card.id);

describeEachBackend("the due queue's next card", ({ db }) => {
  it("is null before anything has been studied", async () => {
    const user = await createTestUser(db, "student");
    expect((await getDueQueue(db, { userId: user.id, now: NOW })).next).toEqual({
      nextDueAt: null,
      flashcardId: null,
    });
  });

  it("finds the earliest due card after now, within the scope", async () => {
    const user = await createTestUser(db, "student");
    const [first, second] = cardIds();
    if (!first || !second) throw new Error("the bank needs two flashcards");
    // Again: a short learning step; Easy: days away.
    const again = await reviewCard(db, {
      userId: user.id,
      flashcardId: first,
      rating: 1,
      clientId: clientId(),
      now: NOW,
    });
    const easy = await reviewCard(db, {
      userId: user.id,
      flashcardId: second,
      rating: 4,
      clientId: clientId(),
      now: NOW,
    });
    expect(again.memory.due.getTime()).toBeLessThan(easy.memory.due.getTime());

    const all = (await getDueQueue(db, { userId: user.id, now: NOW })).next;
    expect(all).toEqual({ nextDueAt: again.memory.due, flashcardId: first });

    const onlySecond = (
      await getDueQueue(db, {
        userId: user.id,
        flashcardIds: [second],
        now: NOW,
      })
    ).next;
    expect(onlySecond).toEqual({ nextDueAt: easy.memory.due, flashcardId: second });

    // Once the learning step has passed, that card is due now, not next.
    const later = (
      await getDueQueue(db, {
        userId: user.id,
        now: new Date(again.memory.due.getTime() + MINUTE),
      })
    ).next;
    expect(later.flashcardId).toBe(second);

    // An undone first review returns the card to new: no longer scheduled.
    await undoReview(db, { userId: user.id, reviewLogId: again.log.id });
    expect((await getDueQueue(db, { userId: user.id, now: NOW })).next.flashcardId).toBe(second);
  });

  it("ignores other learners, quiz questions and cards outside the bank", async () => {
    const user = await createTestUser(db, "student");
    const other = await createTestUser(db, "student");
    const [first] = cardIds();
    if (!first) throw new Error("the bank has no flashcards");
    await reviewCard(db, {
      userId: other.id,
      flashcardId: first,
      rating: 1,
      clientId: clientId(),
      now: NOW,
    });
    const question = singleChoice();
    const { attempt } = await startAttempt(db, {
      kind: "practice",
      userId: user.id,
      questionIds: [question.id],
      now: NOW,
    });
    await recordResponse(db, {
      userId: user.id,
      attemptId: attempt.id,
      questionId: question.id,
      clientId: clientId(),
      response: rightAnswer(question),
      now: NOW,
    });
    await db.itemMemory.create({
      data: {
        userId: user.id,
        itemId: "c-retired-card",
        itemKind: "flashcard",
        state: "review",
        due: new Date(NOW.getTime() + MINUTE),
      },
    });
    expect((await getDueQueue(db, { userId: user.id, now: NOW })).next).toEqual({
      nextDueAt: null,
      flashcardId: null,
    });
    expect(
      (await getDueQueue(db, { userId: user.id, flashcardIds: ["c-unknown"], now: NOW })).next,
    ).toEqual({ nextDueAt: null, flashcardId: null });
  });

  it("rejects a missing user id", async () => {
    await expect(getDueQueue(db, { userId: "" })).rejects.toBeInstanceOf(InvalidInputError);
  });
});

import { bank } from "@quizdeck/content/bank";
import { expect, it } from "vitest";
import { ConflictError, InvalidInputError, NotFoundError } from "../src/errors.ts";
import { recordResponse } from "../src/server-only/attempt/record-response.ts";
import { startAttempt } from "../src/server-only/attempt/start-attempt.ts";
import { submitAttempt } from "../src/server-only/attempt/submit-attempt.ts";
import { getDueQueue } from "../src/server-only/memory/get-due-queue.ts";
import { reviewCard } from "../src/server-only/memory/review-card.ts";
import { undoReview } from "../src/server-only/memory/undo-review.ts";
import { getProgressSeries } from "../src/server-only/progress/get-progress-series.ts";
import { rightAnswer, singleChoice, wrongSingleChoiceAnswer } from "./support/bank-fixtures.ts";
import { describeEachBackend } from "./support/describe-each-backend.ts";
import { clientId, createTestUser } from "./support/factories.ts";

const NOW = new Date("2026-03-02T10:00:00Z");
const DAY = 86_400_000;
const card = () => {
  const first = bank.flashcards[0];
  if (!first) throw new Error("the bank has no flashcards");
  return first;
};

describeEachBackend("memory and progress", ({ db }) => {
  it("schedules a rated card and applies a retried rating once", async () => {
    const user = await createTestUser(db, "student");
    const review = {
      userId: user.id,
      flashcardId: card().id,
      rating: 3 as const,
      clientId: clientId(),
      now: NOW,
    };
    const first = await reviewCard(db, review);
    const retry = await reviewCard(db, review);
    expect(first.duplicate).toBe(false);
    expect(retry.duplicate).toBe(true);
    expect(first.memory.reps).toBe(1);
    expect(first.memory.due.getTime()).toBeGreaterThan(NOW.getTime());
    expect(first.log.stateBefore).toBe("new");
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);

    const intruder = await createTestUser(db, "student");
    await expect(reviewCard(db, { ...review, userId: intruder.id })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(reviewCard(db, { ...review, rating: 1 })).rejects.toBeInstanceOf(ConflictError);
  });

  it("applies concurrent reviews of one card one after another, losing none", async () => {
    const user = await createTestUser(db, "student");
    await Promise.all(
      [1, 3, 4].map((rating) =>
        reviewCard(db, {
          userId: user.id,
          flashcardId: card().id,
          rating: rating as 1 | 3 | 4,
          clientId: clientId(),
          now: NOW,
        }),
      ),
    );
    const memory = await db.itemMemory.findUniqueOrThrow({
      where: { userId_itemId: { userId: user.id, itemId: card().id } },
    });
    expect(memory.reps).toBe(3);
    const logs = await db.reviewLog.findMany({ where: { memoryId: memory.id } });
    expect(logs.map((log) => log.repsBefore).sort()).toEqual([0, 1, 2]);
  });

  it("rejects bad ratings and unknown cards clearly", async () => {
    const user = await createTestUser(db, "student");
    await expect(
      reviewCard(db, {
        userId: user.id,
        flashcardId: card().id,
        rating: 5 as never,
        clientId: clientId(),
      }),
    ).rejects.toThrow(/rating must be 1 \(Again\)/);
    await expect(
      reviewCard(db, {
        userId: user.id,
        flashcardId: "c-missing",
        rating: 3,
        clientId: clientId(),
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      reviewCard(db, { userId: user.id, flashcardId: card().id, rating: 3, clientId: "" }),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("undoes the latest rating back to the exact previous state, keeping the log", async () => {
    const user = await createTestUser(db, "student");
    const intruder = await createTestUser(db, "student");
    const first = await reviewCard(db, {
      userId: user.id,
      flashcardId: card().id,
      rating: 3,
      clientId: clientId(),
      now: NOW,
    });
    const second = await reviewCard(db, {
      userId: user.id,
      flashcardId: card().id,
      rating: 1,
      clientId: clientId(),
      now: new Date(NOW.getTime() + DAY),
    });
    await expect(
      undoReview(db, { userId: intruder.id, reviewLogId: second.log.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      undoReview(db, { userId: user.id, reviewLogId: first.log.id }),
    ).rejects.toBeInstanceOf(ConflictError);

    const undone = await undoReview(db, { userId: user.id, reviewLogId: second.log.id });
    const { id, createdAt, updatedAt, ...restored } = undone.memory;
    const { id: _i, createdAt: _c, updatedAt: _u, ...expected } = first.memory;
    expect(restored).toEqual(expected);
    expect(undone.log.undoneAt).not.toBeNull();
    const again = await undoReview(db, { userId: user.id, reviewLogId: second.log.id });
    expect(again.memory.reps).toBe(1);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(2);
  });

  it("serves due cards first, then new cards up to the day's allowance", async () => {
    const user = await createTestUser(db, "student");
    const queue = await getDueQueue(db, { userId: user.id, newCardsPerDay: 3, now: NOW });
    expect(queue.due).toEqual([]);
    expect(queue.newCardIds).toEqual(bank.flashcards.slice(0, 3).map((c) => c.id));

    for (const id of queue.newCardIds.slice(0, 2)) {
      await reviewCard(db, {
        userId: user.id,
        flashcardId: id,
        rating: 1,
        clientId: clientId(),
        now: NOW,
      });
    }
    const later = await getDueQueue(db, {
      userId: user.id,
      newCardsPerDay: 3,
      now: new Date(NOW.getTime() + 30 * 60_000),
    });
    expect(later.newIntroducedToday).toBe(2);
    expect(later.newCardIds).toHaveLength(1);
    expect(later.due.map((memory) => memory.itemId).sort()).toEqual(
      queue.newCardIds.slice(0, 2).sort(),
    );

    const nextDay = await getDueQueue(db, {
      userId: user.id,
      newCardsPerDay: 3,
      now: new Date(NOW.getTime() + DAY),
    });
    expect(nextDay.newCardIds).toHaveLength(3);
  });

  it("lets quiz answers feed the same memory model, and charts them over time", async () => {
    const user = await createTestUser(db, "student");
    const question = singleChoice();
    for (const [day, right] of [
      [-2, false],
      [0, true],
    ] as const) {
      const at = new Date(NOW.getTime() + day * DAY);
      const { attempt } = await startAttempt(db, {
        kind: "practice",
        userId: user.id,
        questionIds: [question.id],
        now: at,
      });
      await recordResponse(db, {
        userId: user.id,
        attemptId: attempt.id,
        questionId: question.id,
        clientId: clientId(),
        response: right ? rightAnswer(question) : wrongSingleChoiceAnswer(question),
        now: at,
      });
    }
    await reviewCard(db, {
      userId: user.id,
      flashcardId: card().id,
      rating: 3,
      clientId: clientId(),
      now: NOW,
    });

    const memory = await db.itemMemory.findUniqueOrThrow({
      where: { userId_itemId: { userId: user.id, itemId: question.id } },
    });
    expect(memory.itemKind).toBe("question");
    expect(memory.reps).toBe(2);
    const logs = await db.reviewLog.findMany({
      where: { memoryId: memory.id },
      orderBy: { reviewedAt: "asc" },
    });
    expect(logs.map((log) => log.rating)).toEqual([1, 3]);

    const progress = await getProgressSeries(db, { userId: user.id, days: 7, now: NOW });
    expect(progress.firstActiveDay).toBe("2026-02-28");
    expect(progress.days.map((day) => day.day)).toEqual(["2026-02-28", "2026-03-01", "2026-03-02"]);
    const lastTwoDays = await getProgressSeries(db, { userId: user.id, days: 2, now: NOW });
    expect(lastTwoDays.days).toHaveLength(2);
    const byDay = Object.fromEntries(progress.days.map((day) => [day.day, day]));
    expect(byDay["2026-02-28"]).toMatchObject({ answers: 1, accuracy: 0, reviews: 0 });
    expect(byDay["2026-03-02"]).toMatchObject({ answers: 1, accuracy: 1, reviews: 1 });
    expect(progress.forecast).toHaveLength(14);
    expect(progress.forecast.reduce((sum, day) => sum + day.due, 0)).toBe(2);
    expect(progress.weeks.reduce((sum, week) => sum + week.answers, 0)).toBe(2);
  });

  it("keeps the scores of a test still in progress out of the accuracy series", async () => {
    const user = await createTestUser(db, "student");
    const question = singleChoice();
    const { attempt } = await startAttempt(db, {
      kind: "practice",
      userId: user.id,
      questionIds: [question.id],
      feedbackMode: "after_submit",
      now: NOW,
    });
    await recordResponse(db, {
      userId: user.id,
      attemptId: attempt.id,
      questionId: question.id,
      clientId: clientId(),
      response: wrongSingleChoiceAnswer(question),
      now: NOW,
    });
    // Nothing visible yet: the learner has no activity to chart.
    const during = await getProgressSeries(db, { userId: user.id, days: 1, now: NOW });
    expect(during).toMatchObject({ firstActiveDay: null, days: [], weeks: [] });
    await submitAttempt(db, { userId: user.id, attemptId: attempt.id, now: NOW });
    const after = await getProgressSeries(db, { userId: user.id, days: 1, now: NOW });
    expect(after.days[0]).toMatchObject({ answers: 1, accuracy: 0 });
  });
});

import { bank } from "@quizdeck/content/bank";
import { fuzzKeyFor, scheduleReview } from "@quizdeck/core/scheduling";
import { instantToZonedLocal } from "@quizdeck/core/time";
import { expect, it } from "vitest";
import { InvalidInputError } from "../src/errors.ts";
import { createAssignment } from "../src/server-only/assignment/create-assignment.ts";
import { recordResponse } from "../src/server-only/attempt/record-response.ts";
import { startAttempt } from "../src/server-only/attempt/start-attempt.ts";
import { createClass } from "../src/server-only/class/create-class.ts";
import { joinClass } from "../src/server-only/class/join-class.ts";
import { getDueQueue } from "../src/server-only/memory/get-due-queue.ts";
import { getMemoryModel, itemScheduling } from "../src/server-only/memory/get-memory-model.ts";
import { getWorkloadForecast } from "../src/server-only/memory/get-workload-forecast.ts";
import { toSnapshot } from "../src/server-only/memory/memory-snapshot.ts";
import { reviewCard } from "../src/server-only/memory/review-card.ts";
import { setDesiredRetention } from "../src/server-only/memory/set-desired-retention.ts";
import { undoReview } from "../src/server-only/memory/undo-review.ts";
import { getProgressSeries } from "../src/server-only/progress/get-progress-series.ts";
import { setTimeZone } from "../src/server-only/user/set-time-zone.ts";
import { rightAnswer, singleChoice } from "./support/bank-fixtures.ts";
import { describeEachBackend } from "./support/describe-each-backend.ts";
import { clientId, createTestUser } from "./support/factories.ts";

const DAY = 86_400_000;
const cards = bank.flashcards.map((card) => card.id);
const cardAt = (index: number) => cards[index] ?? "";

describeEachBackend("the learner's memory model", ({ db }) => {
  /** A card reviewed Good twice, days apart, so its next interval depends on the model. */
  async function matureCard(userId: string, flashcardId: string, start: Date) {
    for (const offset of [0, 0.01, 3]) {
      await reviewCard(db, {
        userId,
        flashcardId,
        rating: 3,
        clientId: clientId(),
        now: new Date(start.getTime() + offset * DAY),
      });
    }
    return db.itemMemory.findUniqueOrThrow({
      where: { userId_itemId: { userId, itemId: flashcardId } },
    });
  }

  it("counts the learner's days in the time zone their browser reported", async () => {
    const almaty = await createTestUser(db, "student");
    const utc = await createTestUser(db, "student");
    await setTimeZone(db, { userId: almaty.id, timeZone: "Asia/Almaty" });
    // 03:30 and 05:00 UTC: across UTC's 4 a.m. rollover, but 08:30 and 10:00 on one Almaty day.
    const first = new Date("2026-03-02T03:30:00Z");
    const second = new Date("2026-03-02T05:00:00Z");
    const elapsed = [];
    for (const user of [almaty, utc]) {
      for (const now of [first, second]) {
        const { log } = await reviewCard(db, {
          userId: user.id,
          flashcardId: cardAt(0),
          rating: 3,
          clientId: clientId(),
          now,
        });
        if (now === second) elapsed.push(log.elapsedDays);
      }
    }
    expect(elapsed).toEqual([0, 1]);

    // A quiz answer is a review of its question, counted in the same days.
    const question = singleChoice();
    for (const now of [first, second]) {
      const { attempt } = await startAttempt(db, {
        kind: "practice",
        userId: almaty.id,
        questionIds: [question.id],
        now,
      });
      await recordResponse(db, {
        userId: almaty.id,
        attemptId: attempt.id,
        questionId: question.id,
        clientId: clientId(),
        response: rightAnswer(question),
        now,
      });
    }
    const quizLogs = await db.reviewLog.findMany({
      where: { userId: almaty.id, itemId: question.id },
      orderBy: { reviewedAt: "asc" },
    });
    expect(quizLogs.map((log) => log.elapsedDays)).toEqual([0, 0]);

    const model = await getMemoryModel(db, { userId: almaty.id, now: second });
    expect(model.scheduling).toMatchObject({ timeZone: "Asia/Almaty", rolloverHour: 4 });
    expect(model.timeZoneKnown).toBe(true);
    expect((await getMemoryModel(db, { userId: utc.id })).timeZoneKnown).toBe(false);

    await expect(setTimeZone(db, { userId: almaty.id, timeZone: "Nowhere/Land" })).rejects.toThrow(
      /not a time zone this server knows/,
    );
    await expect(setTimeZone(db, { userId: "gone", timeZone: "UTC" })).rejects.toThrow(
      /no longer exists/,
    );
  });

  it("keeps today's due cards and new-card allowance to the learner's day", async () => {
    const user = await createTestUser(db, "student");
    await setTimeZone(db, { userId: user.id, timeZone: "America/Los_Angeles" });
    const memory = await matureCard(user.id, cardAt(1), new Date("2026-03-02T18:00:00Z"));
    expect(memory.state).toBe("review");
    // It falls due when a Los Angeles day begins: 4 a.m. there (after the clocks went forward).
    expect(instantToZonedLocal(memory.due, "America/Los_Angeles").slice(11, 16)).toBe("04:00");
    const dueDay = memory.due.getTime();
    const before = await getDueQueue(db, { userId: user.id, now: new Date(dueDay - 60_000) });
    const on = await getDueQueue(db, { userId: user.id, now: new Date(dueDay) });
    expect(before.due.map((row) => row.itemId)).not.toContain(cardAt(1));
    expect(on.due.map((row) => row.itemId)).toContain(cardAt(1));
    expect(on.nextDayAt.getTime()).toBe(dueDay + DAY);
    // The three reviews of one new card were on the first day: a new day's allowance is whole.
    expect(on.newIntroducedToday).toBe(0);
    expect(before.model.scheduling.timeZone).toBe("America/Los_Angeles");
  });

  it("counts the 14-day due forecast in the learner's days: before the rollover, today is still yesterday", async () => {
    const user = await createTestUser(db, "student");
    await setTimeZone(db, { userId: user.id, timeZone: "Asia/Almaty" });
    const memory = await matureCard(user.id, cardAt(13), new Date("2026-03-02T12:00:00Z"));
    const dueDate = instantToZonedLocal(memory.due, "Asia/Almaty").slice(0, 10);
    expect(instantToZonedLocal(memory.due, "Asia/Almaty").slice(11, 16)).toBe("04:00");
    const dayBefore = new Date(Date.parse(`${dueDate}T00:00:00Z`) - DAY).toISOString().slice(0, 10);

    // 02:00 in Almaty on the due date: the calendar's today, but the learner's day before.
    const early = new Date(memory.due.getTime() - 2 * 3_600_000);
    const series = await getProgressSeries(db, {
      userId: user.id,
      timeZone: "Asia/Almaty",
      now: early,
    });
    expect(series.forecast[0]).toEqual({ day: dayBefore, due: 0 });
    expect(series.forecast[1]).toEqual({ day: dueDate, due: 1 });
    // The workload forecast's first day is the same learner day.
    const workload = await getWorkloadForecast(db, { userId: user.id, now: early });
    expect(workload.days[0]?.dayKey).toBe(dayBefore);

    // From the rollover on, it is due today.
    const later = await getProgressSeries(db, {
      userId: user.id,
      timeZone: "Asia/Almaty",
      now: memory.due,
    });
    expect(later.forecast[0]).toEqual({ day: dueDate, due: 1 });
  });

  it("aims at the learner's target, or at a teacher's goal for the card when that asks for more", async () => {
    const teacher = await createTestUser(db, "teacher");
    const user = await createTestUser(db, "student");
    const klass = await createClass(db, { teacherId: teacher.id, name: "Goals" });
    await joinClass(db, { studentId: user.id, joinCode: klass.joinCode });
    const start = new Date("2026-03-02T18:00:00Z");
    await createAssignment(db, {
      teacherId: teacher.id,
      classId: klass.id,
      title: "Keep these",
      flashcardIds: [cardAt(2)],
      questionIds: [],
      opensAt: new Date(start.getTime() - DAY),
      retentionTarget: 0.93,
      retentionUntil: new Date(start.getTime() + 60 * DAY),
    });
    await setDesiredRetention(db, { userId: user.id, desiredRetention: 0.8 });
    const plain = await matureCard(user.id, cardAt(3), start);
    const goal = await matureCard(user.id, cardAt(2), start);

    const model = await getMemoryModel(db, { userId: user.id, now: start });
    expect(model.chosenRetention).toBe(0.8);
    expect([...model.goals]).toEqual([[cardAt(2), 0.93]]);
    expect(itemScheduling(model, cardAt(3)).desiredRetention).toBe(0.8);
    expect(itemScheduling(model, cardAt(2)).desiredRetention).toBe(0.93);

    // The next Good review of each is scheduled at its own target.
    const later = new Date(plain.due.getTime() + 3_600_000);
    for (const [memory, target] of [
      [plain, 0.8],
      [goal, 0.93],
    ] as const) {
      const expected = scheduleReview(toSnapshot(memory, later), 3, later, {
        timeZone: "UTC",
        desiredRetention: target,
        fuzzKey: fuzzKeyFor(user.id, memory.itemId),
      });
      const { log, memory: next } = await reviewCard(db, {
        userId: user.id,
        flashcardId: memory.itemId,
        rating: 3,
        clientId: clientId(),
        now: later,
      });
      expect(log.scheduledDays).toBe(expected.scheduledDays);
      expect(next.due).toEqual(expected.next.due);
    }

    // Aiming higher than the goal is the learner's to choose.
    await setDesiredRetention(db, { userId: user.id, desiredRetention: 0.95 });
    const higher = await getMemoryModel(db, { userId: user.id, now: start });
    expect(itemScheduling(higher, cardAt(2)).desiredRetention).toBe(0.95);
    await expect(
      setDesiredRetention(db, { userId: user.id, desiredRetention: 0.7 }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await expect(
      setDesiredRetention(db, { userId: user.id, desiredRetention: 0.99 }),
    ).rejects.toThrow(/from 80% to 95%/);
  });

  it("counts each review once for the fitting job, in the statement that logs it", async () => {
    const user = await createTestUser(db, "student");
    const at = (hours: number) => new Date(Date.UTC(2026, 2, 2, 10 + hours));
    const first = {
      userId: user.id,
      flashcardId: cardAt(4),
      rating: 3 as const,
      clientId: clientId(),
      now: at(2),
    };
    await reviewCard(db, first);
    await reviewCard(db, first);
    await reviewCard(db, { ...first, flashcardId: cardAt(5), clientId: clientId(), now: at(0) });
    const counters = await db.memoryModel.findUniqueOrThrow({ where: { userId: user.id } });
    expect(counters.reviewsSinceFit).toBe(2);
    expect(counters.lastReviewAt).toEqual(at(2));
    expect(counters.source).toBe("default");
  });

  it("forecasts the workload at the learner's target, and reuses it until something it rests on changes", async () => {
    const user = await createTestUser(db, "student");
    const start = new Date("2026-03-02T18:00:00Z");
    for (let index = 6; index < 12; index++) await matureCard(user.id, cardAt(index), start);
    const now = new Date(start.getTime() + 4 * DAY);

    const forecast = await getWorkloadForecast(db, { userId: user.id, now });
    expect(forecast.desiredRetention).toBe(0.9);
    expect(forecast.cards).toBe(6);
    expect(forecast.days).toHaveLength(30);
    expect(forecast.days[0]?.dayKey).toBe("2026-03-06");
    const total = forecast.days.reduce((sum, day) => sum + day.expectedReviews, 0);
    expect(total).toBeGreaterThan(0);
    expect(forecast.choices.map((choice) => choice.desiredRetention)).toEqual([
      0.8, 0.85, 0.9, 0.95,
    ]);
    const [at80, , , at95] = forecast.choices;
    expect(at95?.expectedReviews).toBeGreaterThan(at80?.expectedReviews ?? 0);

    // Later the same learner day, nothing changed: the stored forecast.
    const again = await getWorkloadForecast(db, {
      userId: user.id,
      now: new Date(now.getTime() + 3_600_000),
    });
    expect(again.computedAt).toEqual(forecast.computedAt);
    expect(again.days).toEqual(forecast.days);

    await setDesiredRetention(db, { userId: user.id, desiredRetention: 0.85 });
    const lower = await getWorkloadForecast(db, { userId: user.id, now });
    expect(lower.desiredRetention).toBe(0.85);
    expect(lower.days.reduce((sum, day) => sum + day.expectedReviews, 0)).toBeLessThan(total);

    const { log } = await reviewCard(db, {
      userId: user.id,
      flashcardId: cardAt(6),
      rating: 1,
      clientId: clientId(),
      now,
    });
    const afterReview = await getWorkloadForecast(db, { userId: user.id, now });
    expect(afterReview.days).not.toEqual(lower.days);
    await undoReview(db, { userId: user.id, reviewLogId: log.id, now });
    const afterUndo = await getWorkloadForecast(db, { userId: user.id, now });
    expect(afterUndo.days).toEqual(lower.days);
  });
});

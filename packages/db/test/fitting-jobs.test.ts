import { bank } from "@quizdeck/content/bank";
import { DEFAULT_WEIGHTS, fuzzKeyFor, scheduleReview } from "@quizdeck/core/scheduling";
import { describe, expect, it } from "vitest";
import { createClass } from "../src/server-only/class/create-class.ts";
import { joinClass } from "../src/server-only/class/join-class.ts";
import { FITTING_POLICY } from "../src/server-only/fitting/fitting-policy.ts";
import { getClassModelReport } from "../src/server-only/fitting/get-class-model-report.ts";
import {
  claimFitJob,
  finishFitJob,
  queueNightlyFits,
  queueRefits,
} from "../src/server-only/fitting/internal/fit-queue.ts";
import { holdWorkerLease } from "../src/server-only/fitting/internal/worker-lease.ts";
import {
  FIT_WORKER_LEASE,
  nightlySweepDue,
  runFitWorkerTick,
} from "../src/server-only/fitting/run-fit-worker-tick.ts";
import { getDueQueue } from "../src/server-only/memory/get-due-queue.ts";
import { getMemoryModel } from "../src/server-only/memory/get-memory-model.ts";
import { toSnapshot } from "../src/server-only/memory/memory-snapshot.ts";
import { reviewCard } from "../src/server-only/memory/review-card.ts";
import { describeEachBackend } from "./support/describe-each-backend.ts";
import { clientId, createTestUser } from "./support/factories.ts";
import { EASY_LEARNER_WEIGHTS, writeSyntheticHistory } from "./support/synthetic-history.ts";

const DAY = 86_400_000;
const START = new Date("2026-01-05T00:00:00Z");
const NOW = new Date(START.getTime() + 120 * DAY + 10 * 3_600_000);
/** Low enough for a test's histories; the policy's come from the evaluation in docs/benchmarks.md. */
const THRESHOLDS = { studentReviews: 600, classReviews: 1000 };

describe("the nightly sweep's timing", () => {
  const at = (iso: string) => new Date(iso);
  it("is due when never run, and then once a day after the sweep hour (UTC)", () => {
    expect(FITTING_POLICY.nightlyHourUtc).toBe(3);
    expect(nightlySweepDue(null, at("2026-03-02T12:00:00Z"))).toBe(true);
    expect(nightlySweepDue(at("2026-03-02T03:30:00Z"), at("2026-03-02T23:00:00Z"))).toBe(false);
    expect(nightlySweepDue(at("2026-03-02T03:30:00Z"), at("2026-03-03T02:59:00Z"))).toBe(false);
    expect(nightlySweepDue(at("2026-03-02T03:30:00Z"), at("2026-03-03T03:00:00Z"))).toBe(true);
    expect(nightlySweepDue(at("2026-03-02T01:00:00Z"), at("2026-03-02T02:00:00Z"))).toBe(false);
    expect(nightlySweepDue(at("2026-03-02T01:00:00Z"), at("2026-03-02T04:00:00Z"))).toBe(true);
  });
});

describeEachBackend("fitting the memory model in the background", ({ db }) => {
  async function student(reviewsSinceFit = 0) {
    const user = await createTestUser(db, "student");
    if (reviewsSinceFit > 0) {
      await db.memoryModel.create({
        data: { userId: user.id, reviewsSinceFit, lastReviewAt: START },
      });
    }
    return user;
  }

  /** Takes the worker's lease from whoever held it in an earlier test. */
  async function freeLease() {
    await db.workerLease.deleteMany({ where: { name: FIT_WORKER_LEASE } });
  }

  /** An empty queue, and no learner left with reviews to fit from an earlier test. */
  async function emptyQueue() {
    await db.memoryFitJob.deleteMany();
    await db.memoryModel.updateMany({ data: { reviewsSinceFit: 0 } });
  }

  it("queues one refit per learner after enough new reviews, however often asked", async () => {
    await emptyQueue();
    const due = await student(FITTING_POLICY.refitAfterReviews);
    await student(FITTING_POLICY.refitAfterReviews - 1);
    expect(await queueRefits(db, NOW)).toBe(1);
    expect(await queueRefits(db, NOW)).toBe(0);
    const jobs = await db.memoryFitJob.findMany();
    expect(jobs.map((job) => [job.userId, job.reason])).toEqual([[due.id, "reviews"]]);
  });

  it("hands each job to one worker, and a dead worker's job to another once its lease passes", async () => {
    await emptyQueue();
    for (let index = 0; index < 3; index++) await student(FITTING_POLICY.refitAfterReviews);
    await queueRefits(db, NOW);
    const claims = await Promise.all(
      ["a", "b", "c", "d", "e"].map((worker) => claimFitJob(db, worker, NOW)),
    );
    const taken = claims.filter((job) => job !== null);
    expect(taken).toHaveLength(3);
    expect(new Set(taken.map((job) => job?.id)).size).toBe(3);
    expect(await claimFitJob(db, "f", NOW)).toBeNull();

    const [first] = taken;
    if (!first) throw new Error("no job claimed");
    const afterLease = new Date(NOW.getTime() + FITTING_POLICY.jobLeaseMs + 1);
    const retaken = await claimFitJob(db, "g", afterLease);
    expect(retaken?.attempts).toBe(2);
    // The first worker comes back late: its finish no longer removes the job another holds.
    await finishFitJob(db, first, first.lockedBy ?? "");
    expect(await db.memoryFitJob.count()).toBe(3);
    if (retaken) await finishFitJob(db, retaken, "g");
    expect(await db.memoryFitJob.count()).toBe(2);

    // A job tried too often is dropped for the next sweep to queue afresh.
    await db.memoryFitJob.updateMany({
      data: { attempts: FITTING_POLICY.maxAttempts, lockedUntil: null },
    });
    expect(await claimFitJob(db, "h", afterLease)).toBeNull();
    expect(await db.memoryFitJob.count()).toBe(0);
  });

  it("lets one process at a time hold the worker's lease", async () => {
    await freeLease();
    const lease = (holder: string, at: Date) =>
      holdWorkerLease(db, FIT_WORKER_LEASE, holder, at, FITTING_POLICY.workerLeaseMs);
    expect((await lease("one", NOW)).held).toBe(true);
    expect((await lease("two", NOW)).held).toBe(false);
    const idle = await runFitWorkerTick(db, { workerId: "two", now: NOW });
    expect(idle).toEqual({ held: false, swept: false, queued: 0, jobs: [] });
    expect((await lease("one", new Date(NOW.getTime() + 1000))).held).toBe(true);
    const lapsed = new Date(NOW.getTime() + 1000 + FITTING_POLICY.workerLeaseMs);
    expect((await lease("two", lapsed)).held).toBe(true);
    expect((await lease("one", lapsed)).held).toBe(false);
  });

  it("sweeps nightly: learners with new reviews, and classes with a student who reviewed since the class's fit", async () => {
    await emptyQueue();
    const teacher = await createTestUser(db, "teacher");
    const active = await student(3);
    const idle = await student();
    const busy = await createClass(db, { teacherId: teacher.id, name: "Busy" });
    const quiet = await createClass(db, { teacherId: teacher.id, name: "Quiet" });
    await joinClass(db, { studentId: active.id, joinCode: busy.joinCode });
    await joinClass(db, { studentId: idle.id, joinCode: quiet.joinCode });
    await queueNightlyFits(db, NOW);
    const jobs = await db.memoryFitJob.findMany({ where: { reason: "nightly" } });
    expect(jobs.map((job) => job.userId).filter(Boolean)).toContain(active.id);
    expect(jobs.map((job) => job.userId)).not.toContain(idle.id);
    expect(jobs.map((job) => job.classId)).toContain(busy.id);
    expect(jobs.map((job) => job.classId)).not.toContain(quiet.id);

    // Once the class is fitted after its students' last review, it is not swept again.
    await db.memoryFitJob.deleteMany();
    await db.memoryFit.create({
      data: { classId: busy.id, weights: [], reviews: 3, sequences: 0, fittedAt: NOW },
    });
    await queueNightlyFits(db, NOW);
    expect(await db.memoryFitJob.count({ where: { classId: busy.id } })).toBe(0);
  });

  it("fits a student with enough history, stores where the weights come from, and schedules their next reviews with them", {
    timeout: 120_000,
  }, async () => {
    await freeLease();
    await emptyQueue();
    const teacher = await createTestUser(db, "teacher");
    const klass = await createClass(db, { teacherId: teacher.id, name: "Fitted" });
    const learner = await student();
    await joinClass(db, { studentId: learner.id, joinCode: klass.joinCode });
    const reviews = await writeSyntheticHistory(db, {
      userId: learner.id,
      start: START,
      days: 120,
      items: 120,
      seed: 7,
      trueWeights: EASY_LEARNER_WEIGHTS,
    });
    expect(reviews).toBeGreaterThan(THRESHOLDS.studentReviews);
    await db.memoryModel.update({
      where: { userId: learner.id },
      data: { reviewsSinceFit: FITTING_POLICY.refitAfterReviews },
    });

    const tick = await runFitWorkerTick(db, { workerId: "w", now: NOW, thresholds: THRESHOLDS });
    expect(tick.held).toBe(true);
    const done = tick.jobs.find((job) => job.subjectId === learner.id);
    expect(done?.error).toBeUndefined();

    const fit = await db.memoryFit.findUniqueOrThrow({ where: { userId: learner.id } });
    expect(fit.logLoss).not.toBeNull();
    expect(fit.defaultLogLoss).not.toBeNull();
    expect(done).toMatchObject({ kind: "student", reviews, fitted: true });
    expect(fit.weights).toHaveLength(21);
    expect(fit.weights).not.toEqual([...DEFAULT_WEIGHTS]);
    expect(fit).toMatchObject({ reviews, fittedAt: NOW });
    expect(fit.sequences).toBeGreaterThan(0);

    const model = await db.memoryModel.findUniqueOrThrow({ where: { userId: learner.id } });
    expect(model).toMatchObject({ source: "student", reviews, fittedAt: NOW, classId: null });
    expect(model.weights).toEqual(fit.weights);
    expect(model.reviewsSinceFit).toBe(0);
    expect((await getMemoryModel(db, { userId: learner.id, now: NOW })).source).toBe("student");

    // A review now is scheduled with the fitted weights.
    const cardId = bank.flashcards[0]?.id ?? "";
    const { log, memory } = await reviewCard(db, {
      userId: learner.id,
      flashcardId: cardId,
      rating: 3,
      clientId: clientId(),
      now: NOW,
    });
    const expected = scheduleReview(toSnapshot({ ...memory, state: "new" }, NOW), 3, NOW, {
      weights: fit.weights,
      fuzzKey: fuzzKeyFor(learner.id, cardId),
    });
    expect(memory.stability).toBeCloseTo(expected.next.stability, 10);
    expect(memory.stability).not.toBeCloseTo(
      scheduleReview(toSnapshot({ ...memory, state: "new" }, NOW), 3, NOW).next.stability,
      3,
    );
    expect(log.stateBefore).toBe("new");

    // Its class was never examined: its first fit was queued, and runs now.
    expect(tick.jobs.find((job) => job.subjectId === klass.id)).toMatchObject({ kind: "class" });
  });

  it("pools a class for a student with too little history, reports calibration and who uses what, and keeps every due date when the weights switch", {
    timeout: 180_000,
  }, async () => {
    await freeLease();
    await emptyQueue();
    const teacher = await createTestUser(db, "teacher");
    const klass = await createClass(db, { teacherId: teacher.id, name: "Pooled" });
    const veterans = [await student(), await student()];
    const newcomer = await student();
    for (const user of [...veterans, newcomer]) {
      await joinClass(db, { studentId: user.id, joinCode: klass.joinCode });
    }
    let pooled = 0;
    for (const [index, user] of veterans.entries()) {
      const reviews = await writeSyntheticHistory(db, {
        userId: user.id,
        start: START,
        days: 120,
        items: 90,
        seed: 15 + index,
        trueWeights: EASY_LEARNER_WEIGHTS,
      });
      expect(reviews).toBeGreaterThan(THRESHOLDS.studentReviews);
      pooled += reviews;
    }

    // The newcomer has studied a few real cards, some due later: the switch must not move them.
    const cards = bank.flashcards.slice(0, 4).map((card) => card.id);
    for (const [index, cardId] of cards.entries()) {
      for (const offset of [0, 0.01, 2 + index]) {
        await reviewCard(db, {
          userId: newcomer.id,
          flashcardId: cardId,
          rating: 3,
          clientId: clientId(),
          now: new Date(NOW.getTime() - 10 * DAY + offset * DAY),
        });
      }
    }
    const dueBefore = await db.itemMemory.findMany({
      where: { userId: newcomer.id },
      orderBy: { itemId: "asc" },
    });
    const queueBefore = await getDueQueue(db, { userId: newcomer.id, now: NOW });

    const tick = await runFitWorkerTick(db, { workerId: "w", now: NOW, thresholds: THRESHOLDS });
    expect(tick.swept).toBe(true);
    const classJob = tick.jobs.find((job) => job.subjectId === klass.id);
    expect(classJob).toMatchObject({ kind: "class", fitted: true, reviews: pooled + 12 });

    const fit = await db.memoryFit.findUniqueOrThrow({ where: { classId: klass.id } });
    expect(fit.weights).toHaveLength(21);
    const model = await db.memoryModel.findUniqueOrThrow({ where: { userId: newcomer.id } });
    expect(model).toMatchObject({ source: "class", classId: klass.id, reviews: fit.reviews });
    expect(model.weights).toEqual(fit.weights);

    // No wall of due cards: every due date, and today's queue, as before.
    const dueAfter = await db.itemMemory.findMany({
      where: { userId: newcomer.id },
      orderBy: { itemId: "asc" },
    });
    expect(dueAfter.map((row) => [row.itemId, row.due, row.stability])).toEqual(
      dueBefore.map((row) => [row.itemId, row.due, row.stability]),
    );
    const queueAfter = await getDueQueue(db, { userId: newcomer.id, now: NOW });
    expect(queueAfter.due.map((row) => row.itemId)).toEqual(
      queueBefore.due.map((row) => row.itemId),
    );
    // ...and the class's weights from each card's next review on.
    const next = dueAfter[0];
    if (!next) throw new Error("no memory");
    const at = new Date(Math.max(next.due.getTime(), NOW.getTime()) + 3_600_000);
    const { memory } = await reviewCard(db, {
      userId: newcomer.id,
      flashcardId: next.itemId,
      rating: 3,
      clientId: clientId(),
      now: at,
    });
    const expected = scheduleReview(toSnapshot(next, at), 3, at, {
      weights: fit.weights,
      fuzzKey: fuzzKeyFor(newcomer.id, next.itemId),
    });
    expect(memory.due).toEqual(expected.next.due);
    expect(memory.stability).toBeCloseTo(expected.next.stability, 10);

    const report = await getClassModelReport(db, { teacherId: teacher.id, classId: klass.id });
    expect(report.students).toBe(3);
    expect(report.usage).toEqual({ student: 2, thisClass: 1, otherClass: 0, default: 0 });
    expect(report.fit).toMatchObject({ fitted: true, reviews: pooled + 12, fittedAt: NOW });
    const calibration = report.calibration;
    expect(calibration?.inUse).toHaveLength(FITTING_POLICY.calibration.bins);
    expect(calibration?.defaults).toHaveLength(FITTING_POLICY.calibration.bins);
    const binned = (calibration?.inUse ?? []).reduce((sum, bin) => sum + bin.reviews, 0);
    expect(binned).toBe(calibration?.predictions);
    expect(binned).toBeGreaterThan(100);
    for (const bin of calibration?.inUse ?? []) {
      if (bin.reviews === 0) continue;
      expect(bin.actual).toBeGreaterThanOrEqual(0);
      expect(bin.actual).toBeLessThanOrEqual(1);
    }
    expect(report.pending).toBe(false);

    const stranger = await createTestUser(db, "teacher");
    await expect(
      getClassModelReport(db, { teacherId: stranger.id, classId: klass.id }),
    ).rejects.toThrow(/does not exist/);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { simulatedClass, simulateStudent } from "../../test/support/simulated-student.ts";
import {
  InvalidReviewLogError,
  type LoggedReview,
  reviewCount,
  reviewSequences,
} from "../fitting/index.ts";
import { DEFAULT_WEIGHTS } from "../scheduling/index.ts";
import { learnerDays } from "../time/index.ts";
import { evaluateFitOverTime, evaluateWeights } from "./evaluate-weights.ts";
import { fitWeights, fitWeightsToLog } from "./fit-weights.ts";

const START = new Date("2026-01-05T12:00:00Z");
const CUTOFF = new Date("2026-04-05T12:00:00Z");

/**
 * Two simulated learners whose true weights are far from FSRS's defaults (a
 * class spread of 0.6), 120 days of use; the same data every run.
 */
const students = simulatedClass("test", 2, 11, { class: 0.6, student: 0.1 });
let logs: LoggedReview[][] = [];
beforeAll(() => {
  logs = students.map((student) =>
    simulateStudent(student, { start: START, days: 120, cards: 250, questions: 60, seed: 3 }),
  );
}, 60_000);
const sequencesOf = (index: number) =>
  reviewSequences(logs[index] ?? [], () =>
    learnerDays({ timeZone: students[index]?.timeZone ?? "UTC" }),
  );

describe("fitWeights", () => {
  it("fits weights that predict a learner's later reviews better than the defaults", async () => {
    const sequences = sequencesOf(0);
    const train = sequences.filter((sequence) => sequence.reviewedAt < CUTOFF);
    const test = sequences.filter((sequence) => sequence.reviewedAt >= CUTOFF);
    const trainReviews = (logs[0] ?? []).filter((review) => review.reviewedAt < CUTOFF).length;
    const fit = await fitWeights(train, { reviews: trainReviews, now: CUTOFF });
    expect(fit).toMatchObject({ reviews: trainReviews, defaultsReturned: false, fittedAt: CUTOFF });
    expect(fit.weights).toHaveLength(21);
    const fitted = evaluateWeights(fit.weights, test);
    const defaults = evaluateWeights(DEFAULT_WEIGHTS, test);
    expect(fitted?.logLoss).toBeLessThan(defaults?.logLoss ?? 0);
    expect(fitted?.rmseBins).toBeLessThan(defaults?.rmseBins ?? 0);
  }, 60_000);

  it("pools a class's logs, each learner's days in their own zone", async () => {
    const pooled = [...(logs[0] ?? []), ...(logs[1] ?? [])];
    const zones = new Map(students.map((student) => [student.userId, student.timeZone]));
    const daysOf = (userId: string) => learnerDays({ timeZone: zones.get(userId) ?? "UTC" });
    const fit = await fitWeightsToLog(pooled, daysOf);
    expect(fit.reviews).toBe(reviewCount(pooled));
    expect(fit.sequences).toBe(sequencesOf(0).length + sequencesOf(1).length);
    expect(fit.defaultsReturned).toBe(false);
  }, 60_000);

  it("answers the defaults, and no score, when there is too little to learn from", async () => {
    const few = sequencesOf(0).slice(0, 5);
    const fit = await fitWeights(few, { reviews: 12 });
    expect(fit.defaultsReturned).toBe(true);
    expect(fit.weights).toEqual([...DEFAULT_WEIGHTS].map((w) => expect.closeTo(w, 6)));
    expect(evaluateWeights(DEFAULT_WEIGHTS, few)).toBeNull();
  });

  it("refuses a sequence the optimizer would abort on, instead of crashing the process", async () => {
    const sameDay = {
      userId: "u1",
      itemId: "card-x",
      reviewedAt: START,
      reviews: [
        { rating: 1 as const, deltaT: 0 },
        { rating: 3 as const, deltaT: 0 },
      ],
    };
    await expect(fitWeights([sameDay], { reviews: 2 })).rejects.toThrow(InvalidReviewLogError);
  });
});

describe("evaluateFitOverTime", () => {
  it("gives fsrs-rs's own time-series figures for a learner's history", async () => {
    const own = await evaluateFitOverTime(sequencesOf(1));
    expect(own?.logLoss).toBeGreaterThan(0);
    expect(own?.rmseBins).toBeGreaterThan(0);
    expect(await evaluateFitOverTime(sequencesOf(1).slice(0, 3))).toBeNull();
  }, 60_000);
});

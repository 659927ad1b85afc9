import { BindingMemoryState, FSRSBinding } from "@open-spaced-repetition/binding";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../../src/random/index.ts";
import {
  DEFAULT_WEIGHTS,
  fuzzFactor,
  type MemorySnapshot,
  newMemory,
  type ReviewRating,
  retrievability,
  scheduleReview,
} from "../../src/scheduling/index.ts";
import {
  type Grade,
  type ReferenceState,
  referenceFirstReview,
  referenceInterval,
  referenceNextState,
  referenceRetrievability,
  referenceReviewIntervals,
} from "../support/fsrs6-reference.ts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Zones with a fixed offset all year, so the reference can count days with plain arithmetic. */
const ZONES = [
  { timeZone: "Asia/Almaty", offsetHours: 5 },
  { timeZone: "Pacific/Pitcairn", offsetHours: -8 },
  { timeZone: "UTC", offsetHours: 0 },
] as const;
const ROLLOVER = 4;

type Zone = (typeof ZONES)[number];

/** The reference's own day count: local time minus the rollover hour, in whole days. */
const referenceDay = (instant: Date, zone: Zone) =>
  Math.floor((instant.getTime() + (zone.offsetHours - ROLLOVER) * HOUR) / DAY);
const utcDay = (instant: Date) => Math.floor(instant.getTime() / DAY);
const referenceDayStart = (day: number, zone: Zone) =>
  new Date(day * DAY + (ROLLOVER - zone.offsetHours) * HOUR);

/** Weights away from the defaults (and inside FSRS-6's bounds), to show a model's weights reach the scheduler. */
const OTHER_WEIGHTS = [
  0.35, 1.6, 3.1, 12.0, 6.8, 0.6, 2.4, 0.02, 1.6, 0.2, 0.9, 1.7, 0.08, 0.3, 1.4, 0.45, 2.2, 0.6,
  0.15, 0.1, 0.25,
];

interface Step {
  at: Date;
  rating: ReviewRating;
  before: MemorySnapshot;
  after: MemorySnapshot;
  elapsedDays: number;
  scheduledDays: number;
}

/**
 * One seeded history: a learner in `zone` reviews an item at clock times spread
 * over the whole day (so reviews fall either side of local midnight and of the
 * rollover), a learning step a few minutes after it comes due, a review anything
 * from a day early to four days late.
 */
function history(
  seed: number,
  zone: Zone,
  options: { weights: readonly number[]; retention: number },
) {
  const random = seededRandom(seed);
  const rate = (): ReviewRating => {
    const r = random();
    return r < 0.12 ? 1 : r < 0.22 ? 2 : r < 0.9 ? 3 : 4;
  };
  const fuzzKey = `student-${seed}/item-${seed % 7}`;
  const scheduling = {
    timeZone: zone.timeZone,
    rolloverHour: ROLLOVER,
    weights: options.weights,
    desiredRetention: options.retention,
    fuzzKey,
  };
  let at = new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 300) * DAY + random() * DAY);
  let memory = newMemory(at);
  const steps: Step[] = [];
  // Up to 17 reviews within two years: long enough for month-long intervals,
  // short of the 100-year cap on stability.
  const end = at.getTime() + 730 * DAY;
  const length = 4 + Math.floor(random() * 14);
  for (let i = 0; i < length && at.getTime() < end; i++) {
    const rating = rate();
    const result = scheduleReview(memory, rating, at, scheduling);
    steps.push({ at, rating, before: memory, after: result.next, ...result });
    memory = result.next;
    if (result.scheduledDays === 0) {
      at = new Date(memory.due.getTime() + random() * 40 * 60_000);
    } else {
      const dayShift = Math.max(1, result.scheduledDays + Math.floor(random() * 6) - 1);
      const day = referenceDay(at, zone) + dayShift;
      at = new Date(referenceDayStart(day, zone).getTime() + random() * DAY);
    }
  }
  return { steps, scheduling, fuzzKey };
}

/** Thousands of scheduler calls per test: their own budget, for a busy machine. */
const BUDGET_MS = 60_000;

const closeTo = (actual: number, expected: number, relative = 1e-6) =>
  Math.abs(actual - expected) <= relative * Math.max(1, Math.abs(expected));

describe("the scheduler against FSRS-6's published formulas", () => {
  const cases = [
    ...Array.from({ length: 150 }, (_, i) => ({
      seed: 1000 + i,
      zone: ZONES[i % ZONES.length] as Zone,
      weights: DEFAULT_WEIGHTS,
      retention: 0.9,
    })),
    ...Array.from({ length: 50 }, (_, i) => ({
      seed: 5000 + i,
      zone: ZONES[i % ZONES.length] as Zone,
      weights: OTHER_WEIGHTS,
      retention: [0.8, 0.85, 0.95][i % 3] as number,
    })),
  ];

  it(
    "agrees on elapsed days, stability, difficulty, intervals and due dates in 200 seeded histories",
    () => {
      let utcWouldDiffer = 0;
      let compared = 0;
      for (const { seed, zone, weights, retention } of cases) {
        const { steps, fuzzKey } = history(seed, zone, { weights, retention });
        let state: ReferenceState | null = null;
        let previous: Date | null = null;
        for (const step of steps) {
          const where = `seed ${seed} (${zone.timeZone}) at ${step.at.toISOString()}`;
          const t = previous ? referenceDay(step.at, zone) - referenceDay(previous, zone) : 0;
          expect(step.elapsedDays, where).toBe(t);
          if (previous && t !== utcDay(step.at) - utcDay(previous)) utcWouldDiffer += 1;
          const grade = step.rating as Grade;
          const expected: ReferenceState = state
            ? referenceNextState(weights, state, t, grade)
            : referenceFirstReview(weights, grade);
          expect(closeTo(step.after.stability, expected.stability), where).toBe(true);
          expect(closeTo(step.after.difficulty, expected.difficulty), where).toBe(true);

          if (step.scheduledDays > 0) {
            const factor = fuzzFactor(fuzzKey, step.before.reps + 1);
            const interval =
              step.before.state === "review" && state && grade > 1
                ? referenceReviewIntervals(weights, retention, state, t, factor)[grade as 2 | 3 | 4]
                : referenceInterval(weights, retention, expected.stability, t, factor);
            expect(step.scheduledDays, where).toBe(interval);
            expect(step.after.due.toISOString(), where).toBe(
              referenceDayStart(referenceDay(step.at, zone) + interval, zone).toISOString(),
            );
            compared += 1;
          } else {
            expect(step.after.state, where).not.toBe("review");
          }
          state = expected;
          previous = step.at;
        }
      }
      // The histories do exercise what the fix is about: many reviews whose days
      // apart differ from the UTC calendar's count, and many day intervals.
      expect(utcWouldDiffer).toBeGreaterThan(200);
      expect(compared).toBeGreaterThan(500);
    },
    BUDGET_MS,
  );

  it(
    "predicts the recall the formulas give, counting learner days",
    () => {
      for (const { seed, zone, weights, retention } of cases.slice(0, 60)) {
        const { steps, scheduling } = history(seed, zone, { weights, retention });
        const last = steps.at(-1) as Step;
        for (const hours of [1, 20, 30, 75, 24 * 40 + 7]) {
          const at = new Date(last.at.getTime() + hours * HOUR);
          const t = referenceDay(at, zone) - referenceDay(last.at, zone);
          const expected = referenceRetrievability(weights, t, last.after.stability);
          expect(closeTo(retrievability(last.after, at, scheduling), expected, 1e-7)).toBe(true);
        }
      }
    },
    BUDGET_MS,
  );
});

describe("the reference formulas against fsrs-rs (the optimizer's own model)", () => {
  it(
    "agree to single precision on the same histories",
    () => {
      for (const { seed, zone } of Array.from({ length: 60 }, (_, i) => ({
        seed: 1000 + i,
        zone: ZONES[i % ZONES.length] as Zone,
      }))) {
        for (const weights of [DEFAULT_WEIGHTS, OTHER_WEIGHTS]) {
          const fsrsRs = new FSRSBinding([...weights]);
          const { steps } = history(seed, zone, { weights, retention: 0.9 });
          let state: ReferenceState | null = null;
          let previous: Date | null = null;
          for (const step of steps) {
            const t = previous ? referenceDay(step.at, zone) - referenceDay(previous, zone) : 0;
            const grade = step.rating as Grade;
            const next = fsrsRs.nextStates(
              state ? new BindingMemoryState(state.stability, state.difficulty) : null,
              0.9,
              t,
            );
            const theirs = [next.again, next.hard, next.good, next.easy][grade - 1]?.memory;
            const ours: ReferenceState = state
              ? referenceNextState(weights, state, t, grade)
              : referenceFirstReview(weights, grade);
            expect(closeTo(theirs?.stability ?? Number.NaN, ours.stability, 2e-4)).toBe(true);
            expect(closeTo(theirs?.difficulty ?? Number.NaN, ours.difficulty, 2e-4)).toBe(true);
            // Carry fsrs-rs's own state on, so single-precision drift cannot build up.
            state = { stability: theirs?.stability ?? 0, difficulty: theirs?.difficulty ?? 0 };
            previous = step.at;
          }
        }
      }
    },
    BUDGET_MS,
  );
});

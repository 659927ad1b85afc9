import { clipParameters } from "ts-fsrs";
import type { LoggedReview } from "../../src/fitting/index.ts";
import { deriveSeed, seededRandom } from "../../src/random/index.ts";
import {
  DEFAULT_WEIGHTS,
  fuzzKeyFor,
  type MemorySnapshot,
  newMemory,
  type ReviewRating,
  ratingFromQuizScore,
  scheduleReview,
} from "../../src/scheduling/index.ts";
import {
  type LearnerDays,
  learnerDayNumber,
  learnerDays,
  startOfLearnerDay,
} from "../../src/time/index.ts";
import {
  type Grade,
  type ReferenceState,
  referenceFirstReview,
  referenceNextState,
  referenceRetrievability,
} from "./fsrs6-reference.ts";

/**
 * Simulated learners for checking the optimizer: each has a true memory model
 * (FSRS-6 with known weights, run on real elapsed time rather than whole days,
 * as memory is) and habits (when and how often they study, how many new cards,
 * how they rate), and uses the app as it is: the scheduler on its default
 * weights decides what is due, quizzes test questions whenever they are taken.
 */
export interface SimulatedStudent {
  userId: string;
  timeZone: string;
  trueWeights: readonly number[];
  /** Chance of studying on a given day. */
  studyChance: number;
  newCardsPerDay: number;
  /** Chance of taking a six-question practice quiz on a study day. */
  quizChance: number;
  /** How a passed card review is rated: shares of Hard, Good and Easy. */
  passShares: readonly [number, number, number];
  /** First sight of a card: shares of Again, Hard, Good and Easy. */
  firstShares: readonly [number, number, number, number];
  /** Chance of guessing an unknown quiz question right (options make it easier than recall). */
  guessChance: number;
}

function normal(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Weights `spread` away from `around` (each multiplied by e^(spread·N(0,1))), kept inside FSRS-6's bounds. */
export function perturbWeights(around: readonly number[], spread: number, random: () => number) {
  return clipParameters(
    around.map((weight) => weight * Math.exp(spread * normal(random))),
    1,
    true,
  );
}

const ZONES = ["Asia/Almaty", "Europe/Berlin", "America/Los_Angeles", "UTC", "Asia/Tokyo"];

/** A class: its own typical weights around FSRS's defaults, and students around those. */
export function simulatedClass(
  classId: string,
  size: number,
  seed: number,
  spread = { class: 0.35, student: 0.25 },
): SimulatedStudent[] {
  const random = seededRandom(seed);
  const classWeights = perturbWeights(DEFAULT_WEIGHTS, spread.class, random);
  return Array.from({ length: size }, (_, index) => {
    const good = 0.6 + 0.3 * random();
    const hard = (1 - good) * random();
    return {
      userId: `${classId}-s${index}`,
      timeZone: ZONES[Math.floor(random() * ZONES.length)] as string,
      trueWeights: perturbWeights(classWeights, spread.student, random),
      studyChance: 0.35 + 0.6 * random(),
      newCardsPerDay: 3 + Math.floor(random() * 12),
      quizChance: 0.1 + 0.4 * random(),
      passShares: [hard, good, 1 - good - hard],
      firstShares: [0.2 + 0.2 * random(), 0.15, 0.45, 0.1],
      guessChance: 0.25 + 0.25 * random(),
    };
  });
}

const pick = <T extends number>(shares: readonly number[], values: readonly T[], u: number): T => {
  const total = shares.reduce((sum, share) => sum + share, 0);
  let cumulative = 0;
  for (const [index, share] of shares.entries()) {
    cumulative += share / total;
    if (u < cumulative) return values[index] as T;
  }
  return values[values.length - 1] as T;
};

interface ItemTrack {
  memory: MemorySnapshot;
  truth: ReferenceState | null;
  lastSeen: Date | null;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * `days` days of one student's use from `start`: study sessions in their evening
 * (now and then past midnight), due cards first, then new ones, learning steps
 * within the session, sometimes a quiz. Returns the review log the app would
 * have written, in time order.
 */
export function simulateStudent(
  student: SimulatedStudent,
  options: { start: Date; days: number; cards: number; questions: number; seed: number },
): LoggedReview[] {
  const random = seededRandom(deriveSeed(options.seed, student.userId));
  const days: LearnerDays = learnerDays({ timeZone: student.timeZone });
  const w = student.trueWeights;
  const log: LoggedReview[] = [];
  const tracks = new Map<string, ItemTrack>();
  const track = (itemId: string, at: Date) => {
    let found = tracks.get(itemId);
    if (!found) {
      found = { memory: newMemory(at), truth: null, lastSeen: null };
      tracks.set(itemId, found);
    }
    return found;
  };

  /** The true chance of recalling the item at `at`. */
  const recallChance = (item: ItemTrack, at: Date) =>
    item.truth && item.lastSeen
      ? referenceRetrievability(
          w,
          (at.getTime() - item.lastSeen.getTime()) / DAY,
          item.truth.stability,
        )
      : 0;

  const record = (itemId: string, item: ItemTrack, rating: ReviewRating, at: Date) => {
    log.push({
      userId: student.userId,
      itemId,
      rating,
      reviewedAt: at,
      stateBefore: item.memory.state,
    });
    const sameDay =
      item.lastSeen !== null &&
      learnerDayNumber(item.lastSeen, days) === learnerDayNumber(at, days);
    const elapsed = item.lastSeen ? (at.getTime() - item.lastSeen.getTime()) / DAY : 0;
    item.truth = item.truth
      ? referenceNextState(w, item.truth, sameDay ? 0 : elapsed, rating as Grade)
      : referenceFirstReview(w, rating as Grade);
    item.lastSeen = at;
    item.memory = scheduleReview(item.memory, rating, at, {
      timeZone: student.timeZone,
      fuzzKey: fuzzKeyFor(student.userId, itemId),
    }).next;
  };

  const cardRating = (item: ItemTrack, at: Date): ReviewRating =>
    item.truth === null
      ? pick(student.firstShares, [1, 2, 3, 4] as const, random())
      : random() < recallChance(item, at)
        ? pick(student.passShares, [2, 3, 4] as const, random())
        : 1;

  const firstDay = learnerDayNumber(options.start, days);
  let introduced = 0;
  for (let day = firstDay; day < firstDay + options.days; day++) {
    if (random() >= student.studyChance) continue;
    // Evening, 17:00 to 02:00 local (the day's rollover is at 04:00).
    const hour = 17 + 9 * random();
    let clock = new Date(startOfLearnerDay(day, days).getTime() + (hour - 4) * 60 * MINUTE);
    const next = () => {
      clock = new Date(clock.getTime() + (10 + 30 * random()) * 1000);
      return clock;
    };

    const due = [...tracks.entries()]
      .filter(([id, item]) => id.startsWith("card") && item.memory.state !== "new")
      .filter(([, item]) => item.memory.due.getTime() <= clock.getTime())
      .sort(([, a], [, b]) => a.memory.due.getTime() - b.memory.due.getTime());
    for (const [id, item] of due) record(id, item, cardRating(item, clock), next());
    for (let i = 0; i < student.newCardsPerDay && introduced < options.cards; i++) {
      const id = `card-${introduced++}`;
      const item = track(id, clock);
      record(id, item, cardRating(item, clock), next());
    }
    // Learning steps: keep going while a step falls due within the session.
    for (let round = 0; round < 50; round++) {
      const learning = [...tracks.entries()]
        .filter(
          ([, item]) => item.memory.state === "learning" || item.memory.state === "relearning",
        )
        .sort(([, a], [, b]) => a.memory.due.getTime() - b.memory.due.getTime());
      const first = learning[0];
      if (!first || first[1].memory.due.getTime() > clock.getTime() + 15 * MINUTE) break;
      if (first[1].memory.due.getTime() > clock.getTime()) clock = first[1].memory.due;
      record(first[0], first[1], cardRating(first[1], clock), next());
    }

    if (random() < student.quizChance) {
      for (let i = 0; i < 6; i++) {
        const id = `question-${Math.floor(random() * options.questions)}`;
        const item = track(id, clock);
        const recalled = random() < Math.max(recallChance(item, clock), student.guessChance);
        const score = recalled ? 1 : random() < 0.3 ? 0.5 : 0;
        record(id, item, ratingFromQuizScore(score), next());
      }
    }
  }
  return log;
}

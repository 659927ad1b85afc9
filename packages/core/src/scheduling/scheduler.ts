import {
  type Card,
  createEmptyCard,
  FSRS,
  forgetting_curve,
  GenSeedStrategyWithCardId,
  get_fuzz_range,
  type int,
  StrategyMode,
} from "ts-fsrs";
import {
  type LearnerDays,
  learnerDayNumber,
  learnerDays,
  learnerDaysBetween,
  startOfLearnerDay,
} from "../time/learner-day.ts";
import { type MemoryModel, memoryModel } from "./memory-model.ts";
import {
  fromFsrsCard,
  type MemorySnapshot,
  type ReviewRating,
  toFsrsCard,
} from "./memory-snapshot.ts";
import { fuzzFactorOfSeed } from "./seeded-fuzz.ts";

/**
 * How to schedule one learner's item. Every field is optional: days default to
 * UTC with the 4 a.m. rollover, the model to FSRS-6's defaults at 90% retention,
 * and the fuzz key to "" (reproducible, but then every item of a review number
 * gets the same fuzz: pass `fuzzKeyFor(userId, itemId)`).
 */
export interface SchedulingOptions extends Partial<LearnerDays>, Partial<MemoryModel> {
  fuzzKey?: string;
}

/**
 * ts-fsrs with the fuzz drawn from quizdeck's seeded generator: the library seeds
 * each review from the card (see `seedFromCard`), and the draw itself is ours, so
 * a test can compute the same factor (`fuzzFactor`) and check the interval exactly.
 */
class SeededFuzzFsrs extends FSRS {
  override apply_fuzz(interval: number, elapsedDays: number): int {
    if (!this.parameters.enable_fuzz || interval < 2.5) return Math.round(interval) as int;
    const { min_ivl, max_ivl } = get_fuzz_range(
      interval,
      elapsedDays,
      this.parameters.maximum_interval,
    );
    const factor = fuzzFactorOfSeed(this._seed ?? "");
    return Math.floor(factor * (max_ivl - min_ivl + 1) + min_ivl) as int;
  }
}

/** The card field the seed strategy reads: the fuzz key and a separator; ts-fsrs appends the review number. */
const FUZZ_SEED_FIELD = "fuzz_seed_prefix";
const seedFromCard = GenSeedStrategyWithCardId(FUZZ_SEED_FIELD);

/** Schedulers by model, so a class's or a student's fitted weights are set up once. */
const schedulers = new Map<string, SeededFuzzFsrs>();
const SCHEDULER_CACHE_LIMIT = 64;

function schedulerFor(model: MemoryModel): SeededFuzzFsrs {
  const key = `${model.desiredRetention}|${model.weights.join(",")}`;
  let scheduler = schedulers.get(key);
  if (!scheduler) {
    if (schedulers.size >= SCHEDULER_CACHE_LIMIT) schedulers.clear();
    scheduler = new SeededFuzzFsrs({
      w: [...model.weights],
      request_retention: model.desiredRetention,
      enable_fuzz: true,
    }).useStrategy(StrategyMode.SEED, seedFromCard);
    schedulers.set(key, scheduler);
  }
  return scheduler;
}

interface Setup {
  days: LearnerDays;
  /** The learner day of the review. */
  today: number;
  scheduler: SeededFuzzFsrs;
  fuzzKey: string;
}

function setup(options: SchedulingOptions, now: Date): Setup {
  const days = learnerDays(options);
  return {
    days,
    today: learnerDayNumber(now, days),
    scheduler: schedulerFor(memoryModel(options)),
    fuzzKey: options.fuzzKey ?? "",
  };
}

/**
 * The card as ts-fsrs should see it at `now`. ts-fsrs counts elapsed days as the
 * difference between the UTC calendar dates of `last_review` and `now`. Rather
 * than shift `now` (which would move learning-step due times, counted in minutes
 * from the real review) or drive the lower-level `next_state` API (which would
 * mean rewriting the learning-step state machine), we hand it a `last_review`
 * exactly k × 24 hours before `now`, k being the learner days between the real
 * last review and now: the UTC dates of the two then differ by exactly k, so the
 * retrievability, the same-day (short-term) rule and the fuzz bounds all see
 * learner days, and the library's state machine runs unchanged.
 */
function inLearnerDays(memory: MemorySnapshot, now: Date, { days, today, fuzzKey }: Setup) {
  const card: Card & { [FUZZ_SEED_FIELD]: string } = {
    ...toFsrsCard(memory),
    [FUZZ_SEED_FIELD]: `${fuzzKey}:`,
  };
  if (memory.lastReview) {
    const elapsed = Math.max(0, today - learnerDayNumber(memory.lastReview, days));
    card.last_review = new Date(now.getTime() - elapsed * 86_400_000);
  }
  return card;
}

/**
 * An interval of whole days falls due when the learner's day that many days
 * after today begins (its rollover hour), not at the review's clock time: so
 * "due" and "elapsed days" count the same days. Learning steps (minutes) keep
 * the library's due time.
 */
function dueOnLearnerDay(card: Card, { days, today }: Setup): MemorySnapshot {
  const next = fromFsrsCard(card);
  if (card.scheduled_days > 0) next.due = startOfLearnerDay(today + card.scheduled_days, days);
  return next;
}

export function newMemory(now: Date): MemorySnapshot {
  return fromFsrsCard(createEmptyCard(now));
}

export interface ScheduledReview {
  next: MemorySnapshot;
  /** Learner days since the previous review (0 for the first, and for one the same day). */
  elapsedDays: number;
  /** Learner days until the next review is due (0 for a learning step). */
  scheduledDays: number;
}

export function scheduleReview(
  memory: MemorySnapshot,
  rating: ReviewRating,
  now: Date,
  options: SchedulingOptions = {},
): ScheduledReview {
  const context = setup(options, now);
  const { card, log } = context.scheduler.next(inLearnerDays(memory, now, context), now, rating);
  return {
    next: dueOnLearnerDay(card, context),
    elapsedDays: log.elapsed_days,
    scheduledDays: card.scheduled_days,
  };
}

/** What one rating would do: when the item falls due next, and after how many learner days. */
export interface ReviewPreview {
  due: Date;
  scheduledDays: number;
}

/** What each rating would do, as a review now would (same days, model and fuzz). */
export function previewReviews(
  memory: MemorySnapshot,
  now: Date,
  options: SchedulingOptions = {},
): Record<ReviewRating, ReviewPreview> {
  const context = setup(options, now);
  const preview = context.scheduler.repeat(inLearnerDays(memory, now, context), now);
  const of = (rating: ReviewRating): ReviewPreview => {
    const { card } = preview[rating];
    return {
      due: dueOnLearnerDay(card, context).due,
      scheduledDays: card.scheduled_days,
    };
  };
  return { 1: of(1), 2: of(2), 3: of(3), 4: of(4) };
}

/** When each rating would make the item due next: shown on the rating buttons. */
export function previewNextDue(
  memory: MemorySnapshot,
  now: Date,
  options: SchedulingOptions = {},
): Record<ReviewRating, Date> {
  const preview = previewReviews(memory, now, options);
  return { 1: preview[1].due, 2: preview[2].due, 3: preview[3].due, 4: preview[4].due };
}

/**
 * Predicted probability of recall at `at`; 0 for an item never reviewed. Time is
 * counted in whole learner days, as the scheduler counts it: 1 on the day of the
 * last review, 0.9 when S learner days have passed.
 */
export function retrievability(
  memory: MemorySnapshot,
  at: Date,
  options: SchedulingOptions = {},
): number {
  if (memory.state === "new" || memory.lastReview === null) return 0;
  const days = learnerDays(options);
  const { weights } = memoryModel(options);
  const elapsed = Math.max(0, learnerDaysBetween(memory.lastReview, at, days));
  return forgetting_curve(weights, elapsed, memory.stability);
}

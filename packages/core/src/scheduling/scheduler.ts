import { createEmptyCard, fsrs } from "ts-fsrs";
import {
  fromFsrsCard,
  type MemorySnapshot,
  type ReviewRating,
  toFsrsCard,
} from "./memory-snapshot.ts";

/**
 * One scheduler for flashcards and quiz questions alike. Default FSRS weights,
 * 90% target retention, fuzz on (ts-fsrs seeds it from the card, so the same
 * review replays to the same interval).
 */
const scheduler = fsrs({ request_retention: 0.9, enable_fuzz: true });

export function newMemory(now: Date): MemorySnapshot {
  return fromFsrsCard(createEmptyCard(now));
}

export interface ScheduledReview {
  next: MemorySnapshot;
  /** Days since the previous review (0 for the first). */
  elapsedDays: number;
  /** Days until the next review is due. */
  scheduledDays: number;
}

export function scheduleReview(
  memory: MemorySnapshot,
  rating: ReviewRating,
  now: Date,
): ScheduledReview {
  const { card, log } = scheduler.next(toFsrsCard(memory), now, rating);
  return {
    next: fromFsrsCard(card),
    elapsedDays: log.elapsed_days,
    scheduledDays: card.scheduled_days,
  };
}

/** When each rating would make the item due next: shown on the rating buttons. */
export function previewNextDue(memory: MemorySnapshot, now: Date): Record<ReviewRating, Date> {
  const preview = scheduler.repeat(toFsrsCard(memory), now);
  return {
    1: preview[1].card.due,
    2: preview[2].card.due,
    3: preview[3].card.due,
    4: preview[4].card.due,
  };
}

/** Predicted probability of recall at `at`; 0 for an item never reviewed. */
export function retrievability(memory: MemorySnapshot, at: Date): number {
  if (memory.state === "new" || memory.lastReview === null) return 0;
  return scheduler.get_retrievability(toFsrsCard(memory), at, false);
}

import type { ReviewRating } from "../scheduling/index.ts";
import { type LearnerDays, learnerDayNumber, UTC_LEARNER_DAYS } from "../time/index.ts";
import { countedReviews, type LoggedReview } from "./logged-review.ts";

/** One review in the optimizer's terms: the rating, and learner days since the item's previous review. */
export interface SequenceReview {
  rating: ReviewRating;
  /** 0 for the item's first review and for another review the same learner day. */
  deltaT: number;
}

/**
 * One training example (fsrs-rs's FSRSItem): an item's reviews from its first
 * up to one on a later day, the last being the one whose outcome is predicted.
 */
export interface ReviewSequence {
  userId: string;
  itemId: string;
  reviews: readonly SequenceReview[];
  /** When the predicted (last) review happened: time-series splits cut on this. */
  reviewedAt: Date;
}

/**
 * Turns logged reviews (one learner's, or a whole class's for a pooled fit) into
 * the optimizer's training examples: per learner and item, in time order, one
 * sequence per review after the first, with the days between reviews counted in
 * each learner's own days (`daysOf`; UTC with the 4 a.m. rollover by default),
 * as the scheduler counts them. Undone reviews are left out; an item's history
 * starts at its latest first review ("new" before it), and reviews logged before
 * any first review are dropped (the optimizer needs to see the item from its
 * start). Only reviews on a later learner day than the one before are predicted
 * (end a sequence): as in the FSRS benchmark, same-day reviews (learning steps)
 * are history, not outcomes, and fsrs-rs refuses, or aborts on, anything else.
 * Sequences come out in time order of their last review.
 */
export function reviewSequences(
  log: readonly LoggedReview[],
  daysOf: (userId: string) => LearnerDays = () => UTC_LEARNER_DAYS,
): ReviewSequence[] {
  const byItem = new Map<string, LoggedReview[]>();
  for (const review of countedReviews(log)) {
    const key = JSON.stringify([review.userId, review.itemId]);
    const reviews = byItem.get(key) ?? [];
    reviews.push(review);
    byItem.set(key, reviews);
  }

  const sequences: ReviewSequence[] = [];
  for (const reviews of byItem.values()) {
    reviews.sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
    const start = reviews.findLastIndex((review) => review.stateBefore === "new");
    if (start === -1) continue;
    const history = reviews.slice(start);
    const first = history[0] as LoggedReview;
    const days = daysOf(first.userId);
    const dayNumbers = history.map((review) => learnerDayNumber(review.reviewedAt, days));
    const steps: SequenceReview[] = history.map((review, index) => ({
      rating: review.rating as ReviewRating,
      deltaT: index === 0 ? 0 : (dayNumbers[index] as number) - (dayNumbers[index - 1] as number),
    }));
    for (let end = 2; end <= history.length; end++) {
      if ((steps[end - 1] as SequenceReview).deltaT === 0) continue;
      const last = history[end - 1] as LoggedReview;
      sequences.push({
        userId: first.userId,
        itemId: first.itemId,
        reviews: steps.slice(0, end),
        reviewedAt: last.reviewedAt,
      });
    }
  }
  return sequences.sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
}

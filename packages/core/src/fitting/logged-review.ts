import { MEMORY_STATES, type MemoryStateName, type ReviewRating } from "../scheduling/index.ts";

/**
 * One logged review as the optimizer needs it: the fields of a `review_log` row
 * (cards and questions alike), so rows can be passed as they are read.
 */
export interface LoggedReview {
  userId: string;
  itemId: string;
  rating: number;
  reviewedAt: Date;
  /** The item's state before this review: "new" marks the first review of the item. */
  stateBefore: MemoryStateName;
  /** Set when the learner undid the review: it then never happened. */
  undoneAt?: Date | null;
}

/** Thrown for a row the optimizer cannot use, naming the row and what is wrong with it. */
export class InvalidReviewLogError extends Error {
  override name = "InvalidReviewLogError";
}

const isRating = (value: number): value is ReviewRating =>
  Number.isInteger(value) && value >= 1 && value <= 4;

/** The reviews that count (not undone), each checked. */
export function countedReviews(log: readonly LoggedReview[]): LoggedReview[] {
  return log.filter((review, index) => {
    const where = `Review ${index} (item "${review.itemId}", user "${review.userId}")`;
    if (!isRating(review.rating)) {
      throw new InvalidReviewLogError(`${where} has rating ${review.rating}; ratings are 1 to 4.`);
    }
    if (!(review.reviewedAt instanceof Date) || Number.isNaN(review.reviewedAt.getTime())) {
      throw new InvalidReviewLogError(`${where} has no valid review time.`);
    }
    if (!MEMORY_STATES.includes(review.stateBefore)) {
      throw new InvalidReviewLogError(`${where} has unknown state "${review.stateBefore}".`);
    }
    return review.undoneAt == null;
  });
}

/** How many reviews a learner (or a class) has: the count the parameter choice compares with its thresholds. */
export function reviewCount(log: readonly LoggedReview[]): number {
  return countedReviews(log).length;
}

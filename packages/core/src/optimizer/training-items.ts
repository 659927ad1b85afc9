import { FSRSBindingItem, FSRSBindingReview } from "@open-spaced-repetition/binding";
import { InvalidReviewLogError, type ReviewSequence } from "../fitting/index.ts";

/**
 * The optimizer's own objects for our sequences (one FSRSItem per sequence, in
 * the same order). A sequence must end with a review on a later day than the
 * one before (see `reviewSequences`): fsrs-rs refuses to evaluate anything else,
 * and aborts the whole process when no review in it is on a later day, so such
 * a sequence is refused here with a clear error.
 */
export function trainingItems(sequences: readonly ReviewSequence[]): FSRSBindingItem[] {
  return sequences.map((sequence) => {
    if (!((sequence.reviews.at(-1)?.deltaT ?? 0) > 0)) {
      throw new InvalidReviewLogError(
        `The sequence of item "${sequence.itemId}" (user "${sequence.userId}") does not end on a later day than its previous review; the optimizer cannot use it.`,
      );
    }
    return new FSRSBindingItem(
      sequence.reviews.map((review) => new FSRSBindingReview(review.rating, review.deltaT)),
    );
  });
}

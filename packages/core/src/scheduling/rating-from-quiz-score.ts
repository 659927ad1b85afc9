import type { ReviewRating } from "./memory-snapshot.ts";

/**
 * How a graded quiz answer counts as a review of that question's memory item:
 * a fully right answer is "Good", a partly right one (half or more) "Hard", and
 * anything less "Again". Never "Easy": picking an answer from options is weaker
 * evidence of recall than producing it, so a quiz never stretches an interval
 * as far as an easy flashcard would.
 */
export function ratingFromQuizScore(score: number): ReviewRating {
  if (score >= 1) return 3;
  if (score >= 0.5) return 2;
  return 1;
}

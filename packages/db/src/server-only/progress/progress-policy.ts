import { z } from "zod";

/** The product rules of the progress views, in one place. */
export const PROGRESS_POLICY = {
  /** History tables show this many rows first, this many more per "Show more", up to the maximum. */
  historyFirstPage: 10,
  historyStep: 20,
  historyPageDefault: 20,
  historyPageMax: 200,
  /** Days of the daily activity and accuracy series: eight weeks. */
  seriesDays: 56,
  /** Days ahead in the due-cards forecast. */
  forecastDays: 14,
  /**
   * Mastery is predicted recall this many days ahead, without more study: far
   * enough that a review's own day (when recall is 1 whatever the answer) says
   * nothing, near enough to act on this week.
   */
  masteryHorizonDays: 7,
} as const;

/** How many history rows one page holds. */
export const historyPageSize = z
  .number()
  .int()
  .min(1)
  .max(PROGRESS_POLICY.historyPageMax)
  .default(PROGRESS_POLICY.historyPageDefault);

/** The product rules of the progress views, in one place. */
export const PROGRESS_POLICY = {
  /** History tables show this many rows first, and page up to the maximum. */
  historyPageDefault: 20,
  historyPageMax: 200,
  /** Days ahead in the due-cards forecast. */
  forecastDays: 14,
} as const;

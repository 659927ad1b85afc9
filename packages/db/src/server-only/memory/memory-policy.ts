/** The product rules of flashcard review, in one place. */
export const MEMORY_POLICY = {
  /** New cards introduced per learner and day, as Anki's default. */
  newCardsPerDay: 20,
  newCardsPerDayMax: 500,
} as const;

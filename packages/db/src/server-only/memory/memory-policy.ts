import { DEFAULT_ROLLOVER_HOUR } from "@quizdeck/core/time";

/** The product rules of flashcard review and the memory model, in one place. */
export const MEMORY_POLICY = {
  /** New cards introduced per learner and day, as Anki's default. */
  newCardsPerDay: 20,
  newCardsPerDayMax: 500,
  /** The local hour at which a learner's day rolls over (Anki's 4 a.m.), in their own time zone. */
  rolloverHour: DEFAULT_ROLLOVER_HOUR,
  /** The targets a learner chooses from (any value in the field's 80–95% range is accepted). */
  desiredRetentionChoices: [0.8, 0.85, 0.9, 0.95],
  /** The workload forecast: days ahead, and simulated futures averaged. */
  forecastDays: 30,
  forecastRuns: 100,
} as const;

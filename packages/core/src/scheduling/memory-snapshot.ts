import { type Card, State } from "ts-fsrs";

export const MEMORY_STATES = ["new", "learning", "review", "relearning"] as const;
export type MemoryStateName = (typeof MEMORY_STATES)[number];

/** 1 Again, 2 Hard, 3 Good, 4 Easy: the four FSRS grades. */
export type ReviewRating = 1 | 2 | 3 | 4;
export const RATING_LABELS: Record<ReviewRating, string> = {
  1: "Again",
  2: "Hard",
  3: "Good",
  4: "Easy",
};

/**
 * What the store keeps per user and item: the FSRS card, in our own names so
 * the database columns do not depend on the library's field names.
 */
export interface MemorySnapshot {
  state: MemoryStateName;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: Date | null;
}

const STATE_TO_FSRS: Record<MemoryStateName, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

export function toFsrsCard(memory: MemorySnapshot): Card {
  return {
    state: STATE_TO_FSRS[memory.state],
    due: memory.due,
    stability: memory.stability,
    difficulty: memory.difficulty,
    elapsed_days: memory.elapsedDays,
    scheduled_days: memory.scheduledDays,
    learning_steps: memory.learningSteps,
    reps: memory.reps,
    lapses: memory.lapses,
    ...(memory.lastReview ? { last_review: memory.lastReview } : {}),
  };
}

export function fromFsrsCard(card: Card): MemorySnapshot {
  return {
    state: MEMORY_STATES[card.state] ?? "new",
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.last_review ?? null,
  };
}

/** Whether a learner has reviewed the item at least once (so FSRS can predict its recall). */
export function hasStudied(memory: MemorySnapshot | undefined): memory is MemorySnapshot {
  return memory !== undefined && memory.state !== "new" && memory.lastReview !== null;
}

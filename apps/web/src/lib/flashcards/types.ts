import type { ReviewRating } from "@quizdeck/core/scheduling";

/** The FSRS state of a card as the session shows it. */
export type CardState = "new" | "learning" | "review" | "relearning";

export const RATINGS: readonly ReviewRating[] = [1, 2, 3, 4];

/** One card of a review session, as the server sends it (plain JSON). */
export interface SessionCard {
  id: string;
  front: string;
  back: string;
  evidence: { paragraphId: string; quote: string }[];
  /** A teacher's card: the source its evidence quotes (null: the bundled article). */
  source: { id: string; title: string } | null;
  state: CardState;
  /** The compact next interval per rating ("10m", "1d", "4d"), from previewNextDue + formatInterval. */
  intervals: Record<ReviewRating, string>;
}

/** What the server says about the queue (page load and GET /api/flashcards/queue). */
export interface QueueSummary {
  /** Cards studied before that are due now (or later today, for review cards). */
  dueCount: number;
  /** New cards in this session: what is left of today's allowance. */
  newCount: number;
  newCardsPerDay: number;
  newIntroducedToday: number;
  /** Unseen cards in scope, including those beyond today's allowance. */
  newCardsWaiting: number;
  /** The earliest studied card due after now (ISO), or null. */
  nextDueAt: string | null;
  /** When more new cards become available (the learner's next midnight, ISO) if today's limit holds some back. */
  newCardsAt: string | null;
  /** The server's clock when this was computed (ISO). */
  serverNow: string;
  /** Cards the learner's teachers assigned from their own libraries (whatever the scope). */
  assignedCards: number;
}

export interface QueuePayload {
  cards: SessionCard[];
  summary: QueueSummary;
}

/** Body of a successful POST /api/flashcards/reviews. */
export interface ReviewSavedResponse {
  reviewLogId: string;
  flashcardId: string;
  rating: ReviewRating;
  duplicate: boolean;
  /** The card's memory after the rating. */
  state: CardState;
  dueAt: string;
  /** "4d": from the rating to the new due time. */
  interval: string;
  /** The rating buttons' intervals for when the card is next shown (at its due time). */
  nextIntervals: Record<ReviewRating, string>;
  serverNow: string;
}

/** Body of a successful POST /api/flashcards/reviews/undo. */
export interface UndoSavedResponse {
  reviewLogId: string;
  flashcardId: string;
  state: CardState;
  dueAt: string;
}

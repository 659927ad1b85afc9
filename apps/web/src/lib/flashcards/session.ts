import type { ReviewRating } from "@quizdeck/core/scheduling";
import type { CardState, SessionCard } from "./types";

/**
 * The review session as a pure reducer: which card is shown, the ratings given
 * (for undo and the summary), and cards that came back "learning" and return
 * later in the same session.
 *
 * Order: a learning card whose step has passed comes first (Anki style); then
 * the server's queue in its order (learning, review, new); when that is empty,
 * learning cards due within LEARN_AHEAD_MS are shown early rather than ending
 * the session. A card rated into learning/relearning (Again on anything, Hard or
 * Good on a new card) is requeued when the server confirms the rating, with the
 * intervals the server computed for its next showing.
 *
 * Times are client milliseconds (Date.now()), passed in, so the logic is testable.
 */

/** Learning cards due this soon are shown early when nothing else is left (Anki's default). */
export const LEARN_AHEAD_MS = 20 * 60_000;
/** Time on one card counts up to this much (Anki's default), so a break does not inflate "time spent". */
export const MAX_ANSWER_SECONDS = 60;

export type CardSource = { kind: "queue" } | { kind: "learning"; readyAt: number; origin: string };

export interface LearningEntry {
  card: SessionCard;
  /** Client time at which the card's learning step has passed. */
  readyAt: number;
  /** The rating (client id) that put the card back into the session. */
  origin: string;
}

export interface CurrentCard {
  card: SessionCard;
  source: CardSource;
  shownAt: number;
  revealed: boolean;
}

export type SaveState = "pending" | "saved";

export interface RatedEntry {
  clientId: string;
  card: SessionCard;
  source: CardSource;
  rating: ReviewRating;
  /** The compact interval shown on the button that was pressed. */
  interval: string;
  ratedAt: number;
  seconds: number;
  save: SaveState;
}

export interface SessionState {
  queue: SessionCard[];
  learning: LearningEntry[];
  current: CurrentCard | null;
  /** Standing ratings in the order given; an undo pops the last. */
  history: RatedEntry[];
  undoneCount: number;
  /** Ratings the server refused for good (shown as an error, not counted). */
  failedCount: number;
  startedAt: number;
}

export type SessionAction =
  | { type: "start"; cards: SessionCard[]; now: number }
  | { type: "reveal" }
  | { type: "rate"; rating: ReviewRating; clientId: string; now: number }
  | {
      type: "saved";
      clientId: string;
      state: CardState;
      /** Client time of the new due date. */
      readyAt: number;
      nextIntervals: Record<ReviewRating, string>;
      now: number;
    }
  | { type: "failed"; clientId: string; now: number }
  | { type: "undo"; now: number }
  | { type: "append"; cards: SessionCard[]; now: number }
  | { type: "tick"; now: number }
  /** Shows the earliest learning card now, however far off its step is. */
  | { type: "studyAhead"; now: number };

export function createSession(cards: SessionCard[], now: number): SessionState {
  return pickNext(
    {
      queue: dedupe(cards),
      learning: [],
      current: null,
      history: [],
      undoneCount: 0,
      failedCount: 0,
      startedAt: now,
    },
    now,
  );
}

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case "start":
      return createSession(action.cards, action.now);
    case "reveal":
      if (!state.current || state.current.revealed) return state;
      return { ...state, current: { ...state.current, revealed: true } };
    case "rate":
      return rate(state, action.rating, action.clientId, action.now);
    case "saved":
      return saved(state, action);
    case "failed": {
      const index = state.history.findIndex((entry) => entry.clientId === action.clientId);
      if (index === -1) return state;
      return pickNext(
        {
          ...state,
          history: state.history.filter((_, i) => i !== index),
          failedCount: state.failedCount + 1,
        },
        action.now,
      );
    }
    case "undo":
      return undo(state, action.now);
    case "append": {
      const present = new Set([
        ...state.queue.map((card) => card.id),
        ...state.learning.map((entry) => entry.card.id),
        ...(state.current ? [state.current.card.id] : []),
      ]);
      const fresh = dedupe(action.cards).filter((card) => !present.has(card.id));
      return pickNext({ ...state, queue: [...state.queue, ...fresh] }, action.now);
    }
    case "tick":
      return pickNext(state, action.now);
    case "studyAhead": {
      const picked = pickNext(state, action.now);
      if (picked.current) return picked;
      const earliest = [...state.learning].sort((a, b) => a.readyAt - b.readyAt)[0];
      return earliest ? showLearning(state, earliest, action.now) : state;
    }
  }
}

function rate(state: SessionState, rating: ReviewRating, clientId: string, now: number) {
  const current = state.current;
  if (!current?.revealed) return state;
  if (state.history.some((entry) => entry.clientId === clientId)) return state;
  const entry: RatedEntry = {
    clientId,
    card: current.card,
    source: current.source,
    rating,
    interval: current.card.intervals[rating],
    ratedAt: now,
    seconds: Math.min(MAX_ANSWER_SECONDS, Math.max(0, (now - current.shownAt) / 1000)),
    save: "pending",
  };
  return pickNext({ ...state, current: null, history: [...state.history, entry] }, now);
}

function saved(state: SessionState, action: Extract<SessionAction, { type: "saved" }>) {
  const entry = state.history.find((candidate) => candidate.clientId === action.clientId);
  // Undone before the server answered: the undo follows this save, so nothing comes back.
  if (!entry || entry.save === "saved") return state;
  const history = state.history.map((candidate) =>
    candidate === entry ? { ...candidate, save: "saved" as const } : candidate,
  );
  const learning =
    action.state === "learning" || action.state === "relearning"
      ? [
          ...state.learning,
          {
            card: { ...entry.card, state: action.state, intervals: action.nextIntervals },
            readyAt: action.readyAt,
            origin: entry.clientId,
          },
        ]
      : state.learning;
  return pickNext({ ...state, history, learning }, action.now);
}

function undo(state: SessionState, now: number): SessionState {
  const last = state.history.at(-1);
  if (!last) return state;
  let queue = state.queue;
  // The card this rating sent back to learning is withdrawn (from the list or the screen).
  let learning = state.learning.filter((entry) => entry.origin !== last.clientId);
  const current = state.current;
  if (current && !(current.source.kind === "learning" && current.source.origin === last.clientId)) {
    if (current.source.kind === "queue") queue = [current.card, ...queue];
    else {
      const { readyAt, origin } = current.source;
      learning = [...learning, { card: current.card, readyAt, origin }];
    }
  }
  return {
    ...state,
    queue,
    learning,
    current: { card: last.card, source: last.source, shownAt: now, revealed: false },
    history: state.history.slice(0, -1),
    undoneCount: state.undoneCount + 1,
  };
}

/** Puts the next card on screen if none is shown. */
export function pickNext(state: SessionState, now: number): SessionState {
  if (state.current) return state;
  const learning = [...state.learning].sort((a, b) => a.readyAt - b.readyAt);
  const ready = learning[0];
  if (ready && ready.readyAt <= now) return showLearning(state, ready, now);
  const [head, ...rest] = state.queue;
  if (head) {
    return {
      ...state,
      queue: rest,
      current: { card: head, source: { kind: "queue" }, shownAt: now, revealed: false },
    };
  }
  if (ready && ready.readyAt <= now + LEARN_AHEAD_MS) return showLearning(state, ready, now);
  return state;
}

function showLearning(state: SessionState, entry: LearningEntry, now: number): SessionState {
  return {
    ...state,
    learning: state.learning.filter((candidate) => candidate !== entry),
    current: {
      card: entry.card,
      source: { kind: "learning", readyAt: entry.readyAt, origin: entry.origin },
      shownAt: now,
      revealed: false,
    },
  };
}

export type SessionPhase =
  /** A card is on screen. */
  | "card"
  /** Nothing to show yet, but a rating is still being saved and may bring its card back. */
  | "waiting"
  /** Nothing left in this session. */
  | "done";

export function sessionPhase(state: SessionState): SessionPhase {
  if (state.current) return "card";
  if (state.history.some((entry) => entry.save === "pending")) return "waiting";
  return "done";
}

export interface SessionSummary {
  /** Distinct cards rated. */
  cardsReviewed: number;
  /** All standing ratings (a card rated Again and then Good counts twice). */
  ratings: number;
  counts: Record<ReviewRating, number>;
  seconds: number;
  /** Cards still in learning, not yet due again (they come back later). */
  learningLeft: number;
  /** Client time when the first of those is due, or null. */
  nextLearningAt: number | null;
  /** Cards still to be shown in this session (queue, learning and on screen). */
  remaining: number;
}

export function summarize(state: SessionState): SessionSummary {
  const counts: Record<ReviewRating, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  let seconds = 0;
  for (const entry of state.history) {
    counts[entry.rating] += 1;
    seconds += entry.seconds;
  }
  const readyTimes = state.learning.map((entry) => entry.readyAt);
  return {
    cardsReviewed: new Set(state.history.map((entry) => entry.card.id)).size,
    ratings: state.history.length,
    counts,
    seconds,
    learningLeft: state.learning.length,
    nextLearningAt: readyTimes.length > 0 ? Math.min(...readyTimes) : null,
    remaining: state.queue.length + state.learning.length + (state.current ? 1 : 0),
  };
}

function dedupe(cards: SessionCard[]): SessionCard[] {
  const seen = new Set<string>();
  return cards.filter((card) => {
    if (seen.has(card.id)) return false;
    seen.add(card.id);
    return true;
  });
}

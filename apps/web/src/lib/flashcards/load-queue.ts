import "server-only";
import { bank, findFlashcard, findQuestionSet } from "@quizdeck/content/bank";
import type { QuestionSet } from "@quizdeck/content/schema";
import { fuzzKeyFor } from "@quizdeck/core/scheduling";
import type { Db } from "@quizdeck/db";
import {
  getDueQueue,
  itemScheduling,
  MEMORY_POLICY,
  type MemoryModelView,
  toSnapshot,
} from "@quizdeck/db/memory";
import { buildSessionCards, type CardScheduling } from "./build-queue";
import type { QueuePayload } from "./types";

/** Sets that contain flashcards: the scopes a learner can review. */
export function flashcardSets(): QuestionSet[] {
  return bank.sets.filter((set) => set.flashcardIds.length > 0);
}

export type ScopeResult = { ok: true; set: QuestionSet | null } | { ok: false; message: string };

/** Reads `?set=`: absent or empty means all cards; anything else must be a set with flashcards. */
export function readScope(raw: string | string[] | null | undefined): ScopeResult {
  if (raw === undefined || raw === null || raw === "") return { ok: true, set: null };
  if (Array.isArray(raw)) return { ok: false, message: "Choose one set at a time." };
  const set = findQuestionSet(raw);
  const shown = raw.length > 60 ? `${raw.slice(0, 60)}…` : raw;
  if (!set) return { ok: false, message: `There is no set called “${shown}”.` };
  if (set.flashcardIds.length === 0) {
    return { ok: false, message: `The set “${set.title}” has no flashcards, only quiz questions.` };
  }
  return { ok: true, set };
}

/** How the learner's cards are scheduled: as `itemScheduling` says, each with its own fuzz. */
export function cardSchedulingOf(userId: string, model: MemoryModelView): CardScheduling {
  return (cardId) => ({ ...itemScheduling(model, cardId), fuzzKey: fuzzKeyFor(userId, cardId) });
}

/**
 * Today's review queue for a learner in a scope (today being the learner's
 * day, in the time zone stored for them): the bank's cards and those their
 * teachers assigned them, with every card's button intervals, and what comes
 * next when it is empty.
 */
export async function loadFlashcardQueue(
  db: Db,
  options: { userId: string; set: QuestionSet | null; now?: Date },
): Promise<QueuePayload> {
  const now = options.now ?? new Date();
  const flashcardIds = options.set?.flashcardIds;
  const queue = await getDueQueue(db, {
    userId: options.userId,
    newCardsPerDay: MEMORY_POLICY.newCardsPerDay,
    ...(flashcardIds ? { flashcardIds } : {}),
    now,
  });
  const due = queue.due.map((row) => ({ itemId: row.itemId, ...toSnapshot(row, now) }));
  const assigned = new Map(
    queue.libraryCards.map((entry) => [entry.id, { ...entry.card, source: entry.source }]),
  );
  const cards = buildSessionCards(
    due,
    queue.newCardIds,
    (id) => assigned.get(id) ?? findFlashcard(id),
    now,
    cardSchedulingOf(options.userId, queue.model),
  );
  const heldBack = queue.newCardsWaiting > queue.newCardIds.length;
  return {
    cards,
    summary: {
      dueCount: queue.due.length,
      newCount: queue.newCardIds.length,
      newCardsPerDay: queue.newCardsPerDay,
      newIntroducedToday: queue.newIntroducedToday,
      newCardsWaiting: queue.newCardsWaiting,
      nextDueAt: queue.next.nextDueAt?.toISOString() ?? null,
      newCardsAt: heldBack ? queue.nextDayAt.toISOString() : null,
      serverNow: now.toISOString(),
      assignedCards: queue.assignedCardCount,
    },
  };
}

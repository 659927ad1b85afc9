import type { Flashcard } from "@quizdeck/content/schema";
import {
  formatInterval,
  type MemorySnapshot,
  newMemory,
  previewNextDue,
  type ReviewRating,
} from "@quizdeck/core/scheduling";
import type { CardState, SessionCard } from "./types";

/** A due card's memory as the queue needs it (an item_memory row fits). */
export interface DueMemory extends MemorySnapshot {
  itemId: string;
}

/** The rating buttons' intervals for a card with this memory, shown at `now`. */
export function intervalsFor(memory: MemorySnapshot, now: Date): Record<ReviewRating, string> {
  const due = previewNextDue(memory, now);
  return {
    1: formatInterval(now, due[1]),
    2: formatInterval(now, due[2]),
    3: formatInterval(now, due[3]),
    4: formatInterval(now, due[4]),
  };
}

const STATE_ORDER: Record<CardState, number> = { learning: 0, relearning: 0, review: 1, new: 2 };

/**
 * The session's cards in the order they are shown: learning and relearning
 * cards whose step has come (earliest first), then review cards due today
 * (most overdue first), then new cards in the bank's order. Each carries the
 * intervals its rating buttons show. Cards the bank no longer has are skipped.
 */
export function buildSessionCards(
  due: DueMemory[],
  newCardIds: string[],
  findCard: (id: string) => Flashcard | undefined,
  now: Date,
): SessionCard[] {
  const studied = due
    .map((memory, index) => ({ memory, index }))
    .sort(
      (a, b) =>
        STATE_ORDER[a.memory.state] - STATE_ORDER[b.memory.state] ||
        a.memory.due.getTime() - b.memory.due.getTime() ||
        a.index - b.index,
    )
    .map(({ memory }) => toSessionCard(findCard(memory.itemId), memory, now));
  const fresh = newCardIds.map((id) => toSessionCard(findCard(id), newMemory(now), now));
  const seen = new Set<string>();
  return [...studied, ...fresh].filter((card): card is SessionCard => {
    if (!card || seen.has(card.id)) return false;
    seen.add(card.id);
    return true;
  });
}

function toSessionCard(
  card: Flashcard | undefined,
  memory: MemorySnapshot,
  now: Date,
): SessionCard | null {
  if (!card) return null;
  return {
    id: card.id,
    front: card.front,
    back: card.back,
    evidence: card.evidence.map(({ paragraphId, quote }) => ({ paragraphId, quote })),
    state: memory.state,
    intervals: intervalsFor(memory, now),
  };
}

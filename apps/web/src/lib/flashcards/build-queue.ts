import type { Flashcard } from "@quizdeck/content/schema";
import {
  formatScheduledInterval,
  type MemorySnapshot,
  newMemory,
  previewReviews,
  type ReviewRating,
  type SchedulingOptions,
} from "@quizdeck/core/scheduling";
import type { CardState, SessionCard } from "./types";

/** A due card's memory as the queue needs it (an item_memory row fits). */
export interface DueMemory extends MemorySnapshot {
  itemId: string;
}

/** A card as the session needs it: the bank's, or a teacher's with the source it quotes. */
type ReviewableCard = Pick<Flashcard, "id" | "front" | "back" | "evidence"> & {
  source?: { id: string; title: string } | null;
};

/** How one of the learner's cards is scheduled: their days, weights and target, and the card's fuzz key. */
export type CardScheduling = (cardId: string) => SchedulingOptions;

/**
 * The rating buttons' intervals for a card with this memory, shown at `now`:
 * what a review now would schedule, with the same days, model and fuzz, so the
 * button says exactly what the rating will do ("1d" is the learner's next day).
 */
export function intervalsFor(
  memory: MemorySnapshot,
  now: Date,
  scheduling: SchedulingOptions = {},
): Record<ReviewRating, string> {
  const preview = previewReviews(memory, now, scheduling);
  return {
    1: formatScheduledInterval(now, preview[1]),
    2: formatScheduledInterval(now, preview[2]),
    3: formatScheduledInterval(now, preview[3]),
    4: formatScheduledInterval(now, preview[4]),
  };
}

const STATE_ORDER: Record<CardState, number> = { learning: 0, relearning: 0, review: 1, new: 2 };

/**
 * The session's cards in the order they are shown: learning and relearning
 * cards whose step has come (earliest first), then review cards due today
 * (most overdue first), then new cards in the order given. Each carries the
 * intervals its rating buttons show, scheduled as the learner's reviews are
 * (`schedulingOf`). Cards `findCard` does not know (gone from the bank, no
 * longer assigned) are skipped.
 */
export function buildSessionCards(
  due: DueMemory[],
  newCardIds: string[],
  findCard: (id: string) => ReviewableCard | undefined,
  now: Date,
  schedulingOf: CardScheduling = () => ({}),
): SessionCard[] {
  const studied = due
    .map((memory, index) => ({ memory, index }))
    .sort(
      (a, b) =>
        STATE_ORDER[a.memory.state] - STATE_ORDER[b.memory.state] ||
        a.memory.due.getTime() - b.memory.due.getTime() ||
        a.index - b.index,
    )
    .map(({ memory }) => toSessionCard(findCard(memory.itemId), memory, now, schedulingOf));
  const fresh = newCardIds.map((id) =>
    toSessionCard(findCard(id), newMemory(now), now, schedulingOf),
  );
  const seen = new Set<string>();
  return [...studied, ...fresh].filter((card): card is SessionCard => {
    if (!card || seen.has(card.id)) return false;
    seen.add(card.id);
    return true;
  });
}

function toSessionCard(
  card: ReviewableCard | undefined,
  memory: MemorySnapshot,
  now: Date,
  schedulingOf: CardScheduling,
): SessionCard | null {
  if (!card) return null;
  return {
    id: card.id,
    front: card.front,
    back: card.back,
    evidence: card.evidence.map(({ paragraphId, quote }) => ({ paragraphId, quote })),
    source: card.source ?? null,
    state: memory.state,
    intervals: intervalsFor(memory, now, schedulingOf(card.id)),
  };
}

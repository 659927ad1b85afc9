import {
  hasStudied,
  type MemorySnapshot,
  retrievability,
  type SchedulingOptions,
} from "../scheduling/index.ts";

/** An item (question or flashcard) with its tags. */
export interface TaggedItem {
  id: string;
  tags: readonly string[];
}

export interface TagMastery {
  tag: string;
  /** Items carrying the tag. */
  items: number;
  /** Of those, items the learner has reviewed or answered at least once. */
  met: number;
  /** Items carrying the tag the learner has not met yet. */
  notMet: number;
  /** Mean predicted recall now over the met items, in [0, 1]; null when none is met. */
  meanRetrievability: number | null;
}

/**
 * Mastery per tag: for each tag, the mean FSRS retrievability at `at` of the
 * tagged items the learner has met, and how many tagged items they have not met.
 * Tags are reported in the order of `tags` (default: first use among `items`);
 * a tag no item carries is reported with zero items. Memories of items not in
 * `items` (retired from the bank) are ignored. Recall counts the learner's days
 * (`options`: time zone, rollover hour, model), as the scheduler does.
 */
export function topicMastery(
  items: readonly TaggedItem[],
  memories: ReadonlyMap<string, MemorySnapshot>,
  at: Date,
  tags?: readonly string[],
  options: SchedulingOptions = {},
): TagMastery[] {
  const totals = new Map<string, { items: number; met: number; recall: number }>();
  for (const tag of tags ?? []) totals.set(tag, { items: 0, met: 0, recall: 0 });

  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    const memory = memories.get(item.id);
    const recall = hasStudied(memory) ? retrievability(memory, at, options) : null;
    for (const tag of new Set(item.tags)) {
      let total = totals.get(tag);
      if (!total) {
        if (tags) continue;
        total = { items: 0, met: 0, recall: 0 };
        totals.set(tag, total);
      }
      total.items += 1;
      if (recall !== null) {
        total.met += 1;
        total.recall += recall;
      }
    }
  }

  return [...totals].map(([tag, total]) => ({
    tag,
    items: total.items,
    met: total.met,
    notMet: total.items - total.met,
    meanRetrievability: total.met > 0 ? total.recall / total.met : null,
  }));
}

import type { MemorySnapshot, SchedulingOptions } from "../scheduling/index.ts";
import { itemMastery } from "./item-mastery.ts";

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
  /** Met items the learner has never recalled (they count 0 in `mastery`). */
  neverRecalled: number;
  /** Mean item mastery (predicted recall at the horizon) over the met items, in [0, 1]; null when none is met. */
  mastery: number | null;
}

export interface TopicMasteryInput {
  items: readonly TaggedItem[];
  /** itemId → the learner's memory of it. */
  memories: ReadonlyMap<string, MemorySnapshot>;
  /** The items the learner has recalled at least once (a review rated Hard, Good or Easy). */
  recalled: ReadonlySet<string>;
  at: Date;
  /** Mastery is predicted recall this many days after `at`. */
  horizonDays: number;
  /** Report these tags, in this order (default: every tag, by first use among `items`). */
  tags?: readonly string[];
  /** The learner's days and model (time zone, rollover hour, weights), as the scheduler uses them. */
  scheduling?: SchedulingOptions;
}

/**
 * Mastery per tag: for each tag, the mean item mastery (see `itemMastery`:
 * predicted recall `horizonDays` ahead, 0 for an item never recalled) of the
 * tagged items the learner has met, and how many tagged items they have not
 * met. A tag no item carries is reported with zero items when asked for.
 * Memories of items not in `items` (retired from the bank) are ignored. Recall
 * counts the learner's days (`scheduling`: time zone, rollover hour, model).
 */
export function topicMastery({
  items,
  memories,
  recalled,
  at,
  horizonDays,
  tags,
  scheduling,
}: TopicMasteryInput): TagMastery[] {
  const totals = new Map<
    string,
    { items: number; met: number; neverRecalled: number; sum: number }
  >();
  const empty = () => ({ items: 0, met: 0, neverRecalled: 0, sum: 0 });
  for (const tag of tags ?? []) totals.set(tag, empty());
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    const recalledOnce = recalled.has(item.id);
    const mastery = itemMastery(memories.get(item.id), recalledOnce, at, horizonDays, scheduling);
    for (const tag of new Set(item.tags)) {
      let total = totals.get(tag);
      if (!total) {
        if (tags) continue;
        total = empty();
        totals.set(tag, total);
      }
      total.items += 1;
      if (mastery === null) continue;
      total.met += 1;
      total.sum += mastery;
      if (!recalledOnce) total.neverRecalled += 1;
    }
  }
  return [...totals].map(([tag, total]) => ({
    tag,
    items: total.items,
    met: total.met,
    notMet: total.items - total.met,
    neverRecalled: total.neverRecalled,
    mastery: total.met > 0 ? total.sum / total.met : null,
  }));
}

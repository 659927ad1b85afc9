import {
  hasStudied,
  type MemorySnapshot,
  retrievability,
  type SchedulingOptions,
} from "../scheduling/index.ts";

const DAY_MS = 86_400_000;

/**
 * Predicted recall of one item at `when`, counting only what the learner has
 * shown: null for an item never studied; 0 for an item studied but never once
 * recalled (every review "Again", every answer under half right), whose FSRS
 * curve would otherwise start at 1 on the day of the failure; else FSRS
 * retrievability at `when`, in the learner's days (`options`: time zone, rollover hour, model).
 */
export function evidencedRecall(
  memory: MemorySnapshot | undefined,
  recalledOnce: boolean,
  when: Date,
  options: SchedulingOptions = {},
): number | null {
  if (!hasStudied(memory)) return null;
  return recalledOnce ? retrievability(memory, when, options) : 0;
}

/**
 * Mastery of one item: its evidenced recall `horizonDays` after `at`, if the
 * learner does not review it before then. Recall at the moment of a review is
 * 1 whatever the answer, so mastery looks ahead: an item only counts as known
 * when its memory is stable enough to last.
 */
export function itemMastery(
  memory: MemorySnapshot | undefined,
  recalledOnce: boolean,
  at: Date,
  horizonDays: number,
  options: SchedulingOptions = {},
): number | null {
  return evidencedRecall(
    memory,
    recalledOnce,
    new Date(at.getTime() + horizonDays * DAY_MS),
    options,
  );
}

import { type MemorySnapshot, newMemory } from "@quizdeck/core/scheduling";
import type { ItemMemory } from "../../generated/prisma/client.ts";

/** A stored memory row as the scheduler's state at `now` (a card never reviewed starts fresh). */
export function toSnapshot(row: ItemMemory, now: Date): MemorySnapshot {
  if (row.state === "new") return newMemory(now);
  return {
    state: row.state,
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    lastReview: row.lastReview,
  };
}

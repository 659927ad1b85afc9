import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { type LearnerScheduling, withGoal } from "./internal/learner-scheduling.ts";
import { type MemoryModelView, readMemoryModel } from "./internal/read-memory-model.ts";

export type { LearnerScheduling } from "./internal/learner-scheduling.ts";
export type { MemoryModelView } from "./internal/read-memory-model.ts";

const getMemoryModelSchema = z.object({ userId: z.string().min(1) });
export type GetMemoryModelOptions = z.input<typeof getMemoryModelSchema> & { now?: Date };

/**
 * How a learner's memory is scheduled now: their days, the weights in use with
 * their provenance, their target recall and the teachers' goals on their cards.
 */
export async function getMemoryModel(
  db: Db,
  options: GetMemoryModelOptions,
): Promise<MemoryModelView> {
  const { userId } = parseInput(getMemoryModelSchema, options);
  return readMemoryModel(db, userId, options.now ?? new Date());
}

/**
 * The scheduling of one of the learner's items, as a review of it would be
 * scheduled: a teacher's live goal on the card raises the target recall.
 */
export function itemScheduling(model: MemoryModelView, itemId: string): LearnerScheduling {
  return withGoal(model.scheduling, model.goals.get(itemId));
}

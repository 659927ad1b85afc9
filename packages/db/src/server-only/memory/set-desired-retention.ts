import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { desiredRetentionField } from "../../fields/memory.ts";
import { requireUser } from "../user/internal/require-user.ts";

const setDesiredRetentionSchema = z.object({
  userId: z.string().min(1),
  desiredRetention: desiredRetentionField,
});
export type SetDesiredRetentionOptions = z.input<typeof setDesiredRetentionSchema>;

/**
 * Sets the recall a learner aims for when an item falls due (80–95%). It takes
 * effect from each item's next review: due dates already set stay as they are,
 * so a change never brings a wall of cards due at once.
 */
export async function setDesiredRetention(db: Db, options: SetDesiredRetentionOptions) {
  const { userId, desiredRetention } = parseInput(setDesiredRetentionSchema, options);
  await requireUser(db, userId);
  await db.memoryModel.upsert({
    where: { userId },
    create: { userId, desiredRetention },
    update: { desiredRetention },
  });
  return { desiredRetention };
}

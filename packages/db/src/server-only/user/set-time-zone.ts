import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { NotFoundError, parseInput } from "../../errors.ts";
import { timeZoneField } from "../../fields/memory.ts";

const setTimeZoneSchema = z.object({ userId: z.string().min(1), timeZone: timeZoneField });
export type SetTimeZoneOptions = z.input<typeof setTimeZoneSchema>;

/**
 * Keeps the time zone a user's browser reports: memory counts their days in it,
 * on every path (a review, the due queue, the fitting job). Past due dates stay
 * as they are; the next review of each item counts in the new zone.
 */
export async function setTimeZone(db: Db, options: SetTimeZoneOptions) {
  const { userId, timeZone } = parseInput(setTimeZoneSchema, options);
  const { count } = await db.user.updateMany({ where: { id: userId }, data: { timeZone } });
  if (count === 0) throw new NotFoundError("Your account no longer exists. Please sign in again.");
  return { timeZone };
}

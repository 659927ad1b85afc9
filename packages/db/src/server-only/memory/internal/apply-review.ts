import { ConflictError } from "../../../errors.ts";
import type { ItemMemory, ReviewLog } from "../../../generated/prisma/client.ts";
import type { SqlTx } from "../../../transaction.ts";
import {
  type LockedMemory,
  lockMemorySql,
  planReview,
  type ReviewOptions,
  reviewWriteCtes,
  schedulingOf,
  updateMemorySql,
} from "./review-statements.ts";

/**
 * Applies one review to a user's memory of an item and logs it with the state
 * before, inside the caller's transaction, scheduled the learner's way (their
 * time zone, fitted weights and target recall, or a teacher's goal for the card:
 * `learnerScheduling`). The memory row is locked first, so concurrent reviews of
 * one item run one after the other and none is lost. Two statements in raw SQL,
 * as Prisma's query compiler costs about a millisecond of CPU per ORM call; the
 * answer save folds the same statements into its own (record-response.ts).
 */
export async function applyReview(tx: SqlTx, options: ReviewOptions) {
  const { userId, itemId, rating, clientId } = options;
  const [locked] = await tx.$queryRaw<LockedMemory[]>`${lockMemorySql(options)}`;
  if (!locked) throw new Error(`No memory row for ${userId}/${itemId}`);
  if (locked.earlierLog) {
    const [earlier] = await tx.$queryRaw<ReviewLog[]>`
      SELECT * FROM "review_log" WHERE "clientId" = ${clientId}`;
    if (!earlier) throw new Error(`Review ${clientId} vanished while its memory was locked`);
    // A retry must be the same review; anything else reusing the key is refused, not answered with another's data.
    if (earlier.userId !== userId || earlier.itemId !== itemId || earlier.rating !== rating) {
      throw new ConflictError("That clientId was already used for a different review.");
    }
    const [memory] = await tx.$queryRaw<ItemMemory[]>`
      SELECT * FROM "item_memory" WHERE "id" = ${earlier.memoryId}`;
    if (!memory) throw new Error(`Memory row ${earlier.memoryId} vanished`);
    return { log: earlier, memory, duplicate: true, scheduling: schedulingOf(locked) };
  }

  const planned = planReview(locked, options);
  const [memory] = await tx.$queryRaw<ItemMemory[]>`
    WITH ${reviewWriteCtes(planned)} ${updateMemorySql(planned)}`;
  if (!memory) throw new Error(`Memory row ${locked.id} vanished while locked`);
  return { log: planned.log, memory, duplicate: false, scheduling: planned.scheduling };
}

import { ForbiddenError, NotFoundError } from "../../errors.ts";
import type { Tx } from "../../transaction.ts";

/**
 * Loads an attempt for writing, holding a row lock until the transaction ends:
 * a response being saved and a submit of the same attempt never interleave, so
 * no answer slips in after the score was computed.
 */
export async function lockOwnAttempt(tx: Tx, userId: string, attemptId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "attempt" WHERE id = ${attemptId} FOR UPDATE`;
  if (locked.length === 0) throw new NotFoundError("That attempt does not exist.");
  const attempt = await tx.attempt.findUniqueOrThrow({
    where: { id: attemptId },
    include: { assignment: true },
  });
  if (attempt.userId !== userId) throw new ForbiddenError("That attempt belongs to someone else.");
  return attempt;
}

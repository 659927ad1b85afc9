import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { NotFoundError, parseInput } from "../../errors.ts";

const getAttemptSchema = z.object({ userId: z.string().min(1), attemptId: z.string().min(1) });
export type GetAttemptOptions = z.input<typeof getAttemptSchema>;

/** An attempt with its saved answers, for its owner: what the player resumes from. */
export async function getAttempt(db: Db, options: GetAttemptOptions) {
  const { userId, attemptId } = parseInput(getAttemptSchema, options);
  const attempt = await db.attempt.findUnique({
    where: { id: attemptId },
    include: { responses: { orderBy: { answeredAt: "asc" } }, assignment: true },
  });
  if (!attempt || attempt.userId !== userId)
    throw new NotFoundError("That attempt does not exist.");
  return attempt;
}

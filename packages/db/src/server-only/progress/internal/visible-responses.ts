import type { Prisma } from "../../../generated/prisma/client.ts";

/**
 * The answers whose marks a learner may see at `now`: those of attempts whose
 * answers are released to them (at once with immediate feedback, on
 * submission, or when the teacher's release settings say). History, accuracy
 * and the article's margin must not reveal the others either.
 */
export function visibleResponsesOf(userId: string, now: Date): Prisma.ResponseWhereInput {
  return { attempt: { userId, answersVisibleAt: { lte: now } } };
}

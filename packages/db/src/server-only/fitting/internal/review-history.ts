import {
  type LoggedReview,
  type ReviewSequence,
  reviewCount,
  reviewSequences,
} from "@quizdeck/core/fitting";
import type { Db } from "../../../client/create-prisma-client.ts";
import { learnerScheduling } from "../../memory/internal/learner-scheduling.ts";

/** One learner's history as the optimizer sees it: counted reviews, and sequences in their own days. */
export interface LearnerHistory {
  userId: string;
  reviews: number;
  sequences: ReviewSequence[];
}

/**
 * A learner's reviews (cards and questions, not undone) as training examples,
 * their days counted in their own time zone, as the scheduler counts them.
 */
export async function learnerHistory(
  db: Db,
  learner: { id: string; timeZone: string | null },
): Promise<LearnerHistory> {
  const log: LoggedReview[] = await db.reviewLog.findMany({
    where: { userId: learner.id, undoneAt: null },
    select: { userId: true, itemId: true, rating: true, reviewedAt: true, stateBefore: true },
  });
  const days = learnerScheduling({
    timeZone: learner.timeZone,
    weights: null,
    desiredRetention: null,
  });
  return {
    userId: learner.id,
    reviews: reviewCount(log),
    sequences: reviewSequences(log, () => days),
  };
}

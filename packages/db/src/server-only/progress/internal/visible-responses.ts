import type { Prisma } from "../../../generated/prisma/client.ts";

/**
 * The answers whose scores a learner may see now: those from attempts with
 * immediate feedback, and any from submitted attempts. An unsubmitted
 * after-submit attempt (a test in progress) keeps its scores hidden until it
 * is submitted, so history and accuracy views must not reveal them either.
 */
export function visibleResponsesOf(userId: string): Prisma.ResponseWhereInput {
  return {
    attempt: {
      userId,
      OR: [{ feedbackMode: "immediate" }, { submittedAt: { not: null } }],
    },
  };
}

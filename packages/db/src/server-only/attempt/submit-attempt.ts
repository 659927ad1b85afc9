import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { inTransaction } from "../../transaction.ts";
import { withheldByAssignment } from "../assignment/internal/withheld-question-ids.ts";
import { finalizeAttempt } from "./internal/finalize-attempt.ts";
import { lockOwnAttempt } from "./internal/lock-attempt.ts";
import { visibleScore } from "./internal/visible-score.ts";

const submitAttemptSchema = z.object({
  userId: z.string().min(1),
  attemptId: z.string().min(1),
});
export type SubmitAttemptOptions = z.input<typeof submitAttemptSchema> & { now?: Date };

/**
 * Submits and grades an attempt. Submitting again returns the first result
 * unchanged. `shownScore` is the score as the student may see it now
 * (`visibleScore`): null until the teacher's release says otherwise.
 */
export async function submitAttempt(db: Db, options: SubmitAttemptOptions) {
  const { userId, attemptId } = parseInput(submitAttemptSchema, options);
  const now = options.now ?? new Date();
  return inTransaction(db, async (tx) => {
    const locked = await lockOwnAttempt(tx, userId, attemptId);
    const alreadySubmitted = locked.submittedAt !== null;
    const attempt = alreadySubmitted ? locked : await finalizeAttempt(tx, locked, now);
    const withheld = await withheldByAssignment(tx, userId, now);
    return { attempt, alreadySubmitted, shownScore: visibleScore(attempt, now, withheld) };
  });
}

import { getDb } from "@quizdeck/db";
import { submitAttempt } from "@quizdeck/db/attempt";
import { idField } from "@quizdeck/db/fields";
import { z } from "zod";
import type { SubmitAttemptReply } from "@/lib/quiz/types";
import { defineRoute } from "@/server/route/define-route";

/**
 * Submits and grades the attempt; submitting again returns the first result.
 * The body must be JSON (`{}` will do); what it holds is not read.
 */
export const POST = defineRoute({
  access: "user",
  params: z.object({ attemptId: idField("That attempt") }),
  body: z.unknown(),
  rateLimit: "attempt-submit",
  async handle({ user, params }) {
    const { attempt, alreadySubmitted, shownScore } = await submitAttempt(getDb(), {
      userId: user.id,
      attemptId: params.attemptId,
    });
    const reply: SubmitAttemptReply = {
      attemptId: attempt.id,
      score: shownScore,
      alreadySubmitted,
    };
    return reply;
  },
});

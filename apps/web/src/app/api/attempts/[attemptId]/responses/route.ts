import { getDb } from "@quizdeck/db";
import { recordResponse } from "@quizdeck/db/attempt";
import { answerBodySchema, idField } from "@quizdeck/db/fields";
import { z } from "zod";
import { ATTEMPT_NAMING } from "@/lib/quiz/attempt-refs";
import { safeFeedback } from "@/lib/quiz/attempt-view";
import type { RecordResponseReply } from "@/lib/quiz/types";
import { defineRoute } from "@/server/route/define-route";

/**
 * Saves one answer: body `{questionId, clientId, revision, response, timeSpentMs}`,
 * where questionId and any option ids in the response are the attempt's opaque
 * references the player shows (bank ids are taken too). Replies 200 `{status, feedback?}`; a retry with the same clientId is
 * a "duplicate" (with the stored answer's feedback in immediate mode).
 */
export const POST = defineRoute({
  access: "user",
  params: z.object({ attemptId: idField("That attempt") }),
  body: answerBodySchema,
  rateLimit: "answer-save",
  async handle({ user, params, body }) {
    const db = getDb();
    const saved = await recordResponse(
      db,
      { ...body, userId: user.id, attemptId: params.attemptId },
      ATTEMPT_NAMING,
    );
    const reply: RecordResponseReply = { status: saved.status };
    if (saved.attempt.feedbackMode === "immediate") {
      const taken = saved.question;
      const feedback = taken
        ? safeFeedback(taken.question, saved.response.response, saved.attempt, taken.source)
        : null;
      if (feedback) reply.feedback = feedback;
    }
    return reply;
  },
});

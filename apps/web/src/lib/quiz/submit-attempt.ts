import { classifyReply } from "@/lib/outbox/retry-policy";
import { jsonPoster, type PostJson } from "@/lib/outbox/transport";
import type { SubmitAttemptReply } from "./types";

type SubmitResult = { ok: true; reply: SubmitAttemptReply } | { ok: false; message: string };

/**
 * `POST /api/attempts/[attemptId]/submit`, once (the student asks again):
 * the same transport and retry policy as the answers, so the same replies
 * count as "try again" and the server's message is shown for a final refusal.
 */
export async function submitAttempt(
  attemptId: string,
  post: PostJson = jsonPoster(),
): Promise<SubmitResult> {
  const outcome = classifyReply(
    await post(`/api/attempts/${encodeURIComponent(attemptId)}/submit`, {}),
  );
  switch (outcome.kind) {
    case "done":
      return { ok: true, reply: outcome.value as SubmitAttemptReply };
    case "rejected":
    case "signed-out":
      return { ok: false, message: outcome.message };
    case "retry":
      return {
        ok: false,
        message:
          outcome.reason === "unreachable"
            ? `${outcome.message} Your answers are safe; submit again in a moment.`
            : `The quiz could not be submitted just now. ${outcome.message} Try again in a moment.`,
      };
  }
}

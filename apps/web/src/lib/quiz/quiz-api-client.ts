import {
  classifyHttpReply,
  type PendingAnswer,
  type SendOutcome,
  type Transport,
} from "./answer-outbox";
import type { SubmitAttemptReply } from "./types";

const REQUEST_TIMEOUT_MS = 20_000;

async function postJson(url: string, body: unknown): Promise<{ status: number; body: unknown }> {
  const controller = new AbortController();
  const timeout = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
  try {
    const reply = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      credentials: "same-origin",
      cache: "no-store",
      signal: controller.signal,
      body: JSON.stringify(body),
    });
    let parsed: unknown = null;
    try {
      parsed = await reply.json();
    } catch {
      parsed = null;
    }
    return { status: reply.status, body: parsed };
  } finally {
    clearTimeout(timeout);
  }
}

/** Sends one answer to `POST /api/attempts/[attemptId]/responses`. */
export function responsesTransport(attemptId: string): Transport {
  const url = `/api/attempts/${encodeURIComponent(attemptId)}/responses`;
  return async (answer: PendingAnswer): Promise<SendOutcome> => {
    try {
      const reply = await postJson(url, {
        questionId: answer.questionId,
        clientId: answer.clientId,
        revision: answer.revision,
        response: answer.response,
        timeSpentMs: answer.timeSpentMs,
      });
      return classifyHttpReply(reply.status, reply.body);
    } catch {
      return { kind: "retry", reason: "offline", message: "No connection to the server." };
    }
  };
}

export type SubmitResult =
  | { ok: true; reply: SubmitAttemptReply }
  | { ok: false; retryable: boolean; message: string };

/** `POST /api/attempts/[attemptId]/submit`. */
export async function submitAttemptRequest(attemptId: string): Promise<SubmitResult> {
  try {
    const reply = await postJson(`/api/attempts/${encodeURIComponent(attemptId)}/submit`, {});
    if (reply.status >= 200 && reply.status < 300) {
      return { ok: true, reply: reply.body as SubmitAttemptReply };
    }
    const message = (reply.body as { error?: { message?: unknown } } | null)?.error?.message;
    return {
      ok: false,
      retryable: reply.status >= 500 || reply.status === 408 || reply.status === 429,
      message:
        typeof message === "string"
          ? message
          : `The quiz could not be submitted (HTTP ${reply.status}). Try again.`,
    };
  } catch {
    return {
      ok: false,
      retryable: true,
      message:
        "No connection to the server. Your answers are safe; submit again when you are back online.",
    };
  }
}

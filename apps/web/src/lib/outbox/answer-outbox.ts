import { answerStore, type PendingAnswer } from "./answer-store";
import { newClientId } from "./client-id";
import type { DeviceStorage } from "./device-storage";
import { createOutbox, type OutboxOptions, type OutboxState } from "./outbox";
import { classifyReply, type Outcome, type Rejection } from "./retry-policy";
import { jsonPoster, type PostJson } from "./transport";

export type { PendingAnswer } from "./answer-store";
export type AnswerOutboxState = OutboxState<PendingAnswer>;
export type AnswerOutbox = ReturnType<typeof createAnswerOutbox>;

/** The server has the answer: "duplicate" (sent before), "stale" (a newer one is there). */
export interface AnswerSaved {
  status: string;
  /** Immediate feedback mode only. */
  feedback?: unknown;
}

export interface AnswerOutboxOptions extends OutboxOptions<PendingAnswer> {
  attemptId: string;
  /** Null when the browser keeps nothing (memory only; the page warns). */
  storage: DeviceStorage | null;
  post?: PostJson;
  createId?: () => string;
  onSaved?: (answer: PendingAnswer, saved: AnswerSaved) => void;
  onRejected?: (answer: PendingAnswer, rejection: Rejection) => void;
}

/**
 * A quiz attempt's answers on their way to `POST /api/attempts/[id]/responses`.
 * A newer answer to a question replaces an older one that has not gone out;
 * revisions number each question's answers so the server keeps the newest
 * whatever order they arrive in (two tabs of one attempt share the list).
 */
export function createAnswerOutbox(options: AnswerOutboxOptions) {
  const store = answerStore(options.storage, options.attemptId);
  const url = `/api/attempts/${encodeURIComponent(options.attemptId)}/responses`;
  const post = options.post ?? jsonPoster();
  const createId = options.createId ?? newClientId;

  const deliver = async (answer: PendingAnswer): Promise<Outcome<AnswerSaved>> => {
    const outcome = classifyReply(
      await post(url, {
        questionId: answer.questionId,
        clientId: answer.clientId,
        revision: answer.revision,
        response: answer.response,
        timeSpentMs: answer.timeSpentMs,
      }),
    );
    if (outcome.kind !== "done") return outcome;
    const reply = (outcome.value ?? {}) as { status?: unknown; feedback?: unknown };
    return {
      kind: "done",
      value: {
        status: typeof reply.status === "string" ? reply.status : "saved",
        ...(reply.feedback !== undefined ? { feedback: reply.feedback } : {}),
      },
    };
  };

  const outbox = createOutbox(
    {
      store,
      followOtherTabs: true,
      idOf: (answer) => answer.clientId,
      deliver,
      delivered: options.onSaved,
      refused: options.onRejected,
    },
    options,
  );

  return {
    ...outbox,

    /** The server's revision of saved answers, so new ones are numbered above them. */
    noteServerRevisions: store.noteRevisions,

    /** Keeps the answer on the device, then sends it; an unsent older answer to the question goes. */
    enqueue(answer: { questionId: string; response: unknown; timeSpentMs: number }): PendingAnswer {
      const queued: PendingAnswer = {
        questionId: answer.questionId,
        clientId: createId(),
        revision: store.nextRevision(answer.questionId),
        response: answer.response,
        timeSpentMs: Math.max(0, Math.round(answer.timeSpentMs)),
        queuedAt: (options.now ?? Date.now)(),
      };
      outbox.add(queued, (waiting) => waiting.questionId === answer.questionId);
      return queued;
    },

    /** The newest unconfirmed answer to a question. */
    pendingFor: (questionId: string): PendingAnswer | undefined =>
      outbox
        .waiting()
        .filter((answer) => answer.questionId === questionId)
        .at(-1),
  };
}

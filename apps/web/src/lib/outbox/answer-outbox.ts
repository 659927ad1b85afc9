import { AnswerStore, type PendingAnswer } from "./answer-store";
import { newClientId } from "./client-id";
import type { DeviceStorage } from "./device-storage";
import { Outbox, type OutboxOptions, type OutboxState } from "./outbox";
import { classifyReply, type Outcome, type Rejection } from "./retry-policy";
import { jsonPoster, type PostJson } from "./transport";

export type { PendingAnswer } from "./answer-store";
export type AnswerOutboxState = OutboxState<PendingAnswer>;

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
export class AnswerOutbox extends Outbox<PendingAnswer, AnswerSaved> {
  private readonly answers: AnswerStore;
  private readonly url: string;
  private readonly post: PostJson;
  private readonly createId: () => string;

  constructor(private readonly config: AnswerOutboxOptions) {
    const store = new AnswerStore(config.storage, config.attemptId);
    super(store, true, config);
    this.answers = store;
    this.url = `/api/attempts/${encodeURIComponent(config.attemptId)}/responses`;
    this.post = config.post ?? jsonPoster();
    this.createId = config.createId ?? newClientId;
  }

  /** The server's revision of saved answers, so new ones are numbered above them. */
  noteServerRevisions(revisions: Record<string, number>): void {
    this.answers.noteRevisions(revisions);
  }

  /** Keeps the answer on the device, then sends it; an unsent older answer to the question goes. */
  enqueue(answer: { questionId: string; response: unknown; timeSpentMs: number }): PendingAnswer {
    const queued: PendingAnswer = {
      questionId: answer.questionId,
      clientId: this.createId(),
      revision: this.answers.nextRevision(answer.questionId),
      response: answer.response,
      timeSpentMs: Math.max(0, Math.round(answer.timeSpentMs)),
      queuedAt: (this.config.now ?? Date.now)(),
    };
    this.add(queued, (waiting) => waiting.questionId === answer.questionId);
    return queued;
  }

  /** The newest unconfirmed answer to a question. */
  pendingFor(questionId: string): PendingAnswer | undefined {
    return this.waiting()
      .filter((answer) => answer.questionId === questionId)
      .at(-1);
  }

  protected override idOf(answer: PendingAnswer): string {
    return answer.clientId;
  }

  protected override async deliver(answer: PendingAnswer): Promise<Outcome<AnswerSaved>> {
    const outcome = classifyReply(
      await this.post(this.url, {
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
  }

  protected override delivered(answer: PendingAnswer, saved: AnswerSaved): void {
    this.config.onSaved?.(answer, saved);
  }

  protected override refused(answer: PendingAnswer, rejection: Rejection): void {
    this.config.onRejected?.(answer, rejection);
  }
}

/**
 * No answer is ever lost. Each answer gets a client id and a revision and is
 * written to durable storage (localStorage in the browser) BEFORE it is sent;
 * it is sent with retries and backoff on network failures and 5xx (always with
 * the same client id, so the server stores it once), and only leaves storage
 * on a 2xx or on a 4xx that is final. A reload finds whatever is still pending
 * and sends it again.
 *
 * Pure logic around three injected edges (storage, transport, timers), so the
 * tests drive it with fakes.
 */

export interface OutboxStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface PendingAnswer {
  questionId: string;
  /** Made once per answer and reused on every retry of it. */
  clientId: string;
  /** Grows each time this question's answer changes. */
  revision: number;
  response: unknown;
  timeSpentMs: number;
  /** Epoch ms when it was queued. */
  queuedAt: number;
}

export type SendOutcome =
  /** 2xx: stored (or already stored: duplicate; or a newer one is: stale). */
  | { kind: "saved"; status: string; feedback?: unknown }
  /** Worth retrying: no connection, a timeout, a 5xx, 408, 425 or 429. */
  | { kind: "retry"; reason: "offline" | "server"; message: string }
  /** 401: kept (never dropped) until the student signs in again. */
  | { kind: "held"; reason: "signed-out"; message: string }
  /** A final 4xx: this answer will never be accepted; dropped and reported. */
  | { kind: "rejected"; status: number; code: string; message: string };

export type Transport = (answer: PendingAnswer) => Promise<SendOutcome>;

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export type OutboxProblem = {
  kind: "offline" | "server" | "signed-out";
  message: string;
  /** Epoch ms of the next automatic retry, null when waiting for the network. */
  nextRetryAt: number | null;
};

export interface OutboxError {
  questionId: string;
  status: number;
  code: string;
  message: string;
}

export interface OutboxState {
  /** Answers stored here and not yet acknowledged by the server. */
  pending: number;
  pendingQuestionIds: string[];
  sending: boolean;
  online: boolean;
  problem: OutboxProblem | null;
  /** The last final rejection, until the next answer is queued. */
  lastError: OutboxError | null;
  /** False when the storage refused writes: answers then live in memory only. */
  durable: boolean;
}

export interface AnswerOutboxOptions {
  attemptId: string;
  /** Null when the browser has none (private mode): memory only. */
  storage: OutboxStorage | null;
  transport: Transport;
  createId?: () => string;
  now?: () => number;
  timers?: Timers;
  random?: () => number;
  initiallyOnline?: boolean;
  /** First retry after this long, doubling up to maxDelayMs (±25% jitter). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  onSaved?: (answer: PendingAnswer, outcome: Extract<SendOutcome, { kind: "saved" }>) => void;
  onRejected?: (answer: PendingAnswer, outcome: Extract<SendOutcome, { kind: "rejected" }>) => void;
  onChange?: (state: OutboxState) => void;
}

interface StoredOutbox {
  version: 1;
  pending: PendingAnswer[];
  /** The highest revision used per question, so a new answer always supersedes. */
  revisions: Record<string, number>;
}

export function outboxStorageKey(attemptId: string): string {
  return `quizdeck:answers:${attemptId}`;
}

const EMPTY: StoredOutbox = { version: 1, pending: [], revisions: {} };

export class AnswerOutbox {
  private readonly key: string;
  private readonly options: Required<
    Pick<
      AnswerOutboxOptions,
      "createId" | "now" | "timers" | "random" | "baseDelayMs" | "maxDelayMs"
    >
  > &
    AnswerOutboxOptions;
  /** Used when the storage fails; also mirrors it. */
  private memory: StoredOutbox = structuredCloneOutbox(EMPTY);
  private durable = true;
  private sending = false;
  private online: boolean;
  private problem: OutboxProblem | null = null;
  private lastError: OutboxError | null = null;
  private failures = 0;
  private timer: unknown = null;
  private disposed = false;
  private idleWaiters: (() => void)[] = [];

  constructor(options: AnswerOutboxOptions) {
    this.options = {
      createId: () => globalThis.crypto.randomUUID(),
      now: () => Date.now(),
      timers: {
        set: (callback, ms) => globalThis.setTimeout(callback, ms),
        clear: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
      },
      random: Math.random,
      baseDelayMs: 1_000,
      maxDelayMs: 30_000,
      ...options,
    };
    this.key = outboxStorageKey(options.attemptId);
    this.online = options.initiallyOnline ?? true;
    this.memory = this.read();
  }

  /** Sends whatever a previous page load left pending. */
  start(): void {
    this.emit();
    void this.flush();
  }

  /** The server's revision of saved answers, so new ones are numbered above them. */
  noteServerRevisions(revisions: Record<string, number>): void {
    this.update((stored) => {
      for (const [questionId, revision] of Object.entries(revisions)) {
        stored.revisions[questionId] = Math.max(stored.revisions[questionId] ?? 0, revision);
      }
    });
  }

  /**
   * Stores the answer (before anything is sent), then sends it. An older answer
   * to the same question that has not gone out yet is replaced by this one.
   */
  enqueue(answer: { questionId: string; response: unknown; timeSpentMs: number }): PendingAnswer {
    const inFlight = this.inFlightClientId;
    let queued: PendingAnswer | undefined;
    this.update((stored) => {
      const revision = (stored.revisions[answer.questionId] ?? 0) + 1;
      stored.revisions[answer.questionId] = revision;
      queued = {
        questionId: answer.questionId,
        clientId: this.options.createId(),
        revision,
        response: answer.response,
        timeSpentMs: Math.max(0, Math.round(answer.timeSpentMs)),
        queuedAt: this.options.now(),
      };
      stored.pending = stored.pending.filter(
        (pending) => pending.questionId !== answer.questionId || pending.clientId === inFlight,
      );
      stored.pending.push(queued);
    });
    if (this.lastError?.questionId === answer.questionId) this.lastError = null;
    this.emit();
    void this.flush();
    return queued as PendingAnswer;
  }

  /** The newest unacknowledged answer to a question. */
  pendingFor(questionId: string): PendingAnswer | undefined {
    return this.memory.pending.filter((pending) => pending.questionId === questionId).at(-1);
  }

  pendingAnswers(): PendingAnswer[] {
    return [...this.memory.pending];
  }

  setOnline(online: boolean): void {
    this.online = online;
    if (online) {
      this.failures = 0;
      this.clearTimer();
      if (this.problem?.kind === "offline") this.problem = null;
      this.emit();
      void this.flush();
    } else {
      this.clearTimer();
      this.problem = { kind: "offline", message: "No connection.", nextRetryAt: null };
      this.emit();
    }
  }

  /** Try now (a "Retry now" button, focus returning to the page). */
  retryNow(): void {
    this.failures = 0;
    this.clearTimer();
    void this.flush();
  }

  /**
   * Resolves true once nothing is pending, or false after `timeoutMs` (or as
   * soon as a try has failed, when `failFast`): for submitting.
   */
  drain(timeoutMs: number, failFast = false): Promise<boolean> {
    if (this.memory.pending.length === 0) return Promise.resolve(true);
    this.retryNow();
    return new Promise((resolve) => {
      let settled = false;
      const finish = (value: boolean) => {
        if (settled) return;
        settled = true;
        this.options.timers.clear(handle);
        this.idleWaiters = this.idleWaiters.filter((waiter) => waiter !== check);
        resolve(value);
      };
      const check = () => {
        if (this.memory.pending.length === 0) finish(true);
        else if (failFast && this.problem && !this.sending) finish(false);
      };
      const handle = this.options.timers.set(() => finish(false), timeoutMs);
      this.idleWaiters.push(check);
      check();
    });
  }

  state(): OutboxState {
    return {
      pending: this.memory.pending.length,
      pendingQuestionIds: [...new Set(this.memory.pending.map((pending) => pending.questionId))],
      sending: this.sending,
      online: this.online,
      problem: this.problem,
      lastError: this.lastError,
      durable: this.durable,
    };
  }

  /** After submitting: drops this attempt's record (nothing can be saved to it any more). */
  forget(): void {
    this.memory = structuredCloneOutbox(EMPTY);
    try {
      this.options.storage?.removeItem(this.key);
    } catch {
      // Nothing to clean up then.
    }
    this.emit();
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private inFlightClientId: string | null = null;

  private async flush(): Promise<void> {
    if (this.sending || this.disposed || !this.online) return;
    this.sending = true;
    try {
      while (!this.disposed && this.online) {
        // Re-read: another tab of the same attempt may have sent or added answers.
        this.memory = this.read();
        const next = this.memory.pending[0];
        if (!next) break;
        this.inFlightClientId = next.clientId;
        this.emit();
        let outcome: SendOutcome;
        try {
          outcome = await this.options.transport(next);
        } catch (error) {
          outcome = { kind: "retry", reason: "offline", message: messageOf(error) };
        }
        this.inFlightClientId = null;
        if (outcome.kind === "saved" || outcome.kind === "rejected") {
          this.update((stored) => {
            stored.pending = stored.pending.filter((pending) => pending.clientId !== next.clientId);
          });
          this.failures = 0;
          this.problem = null;
          if (outcome.kind === "saved") {
            this.options.onSaved?.(next, outcome);
          } else {
            this.lastError = {
              questionId: next.questionId,
              status: outcome.status,
              code: outcome.code,
              message: outcome.message,
            };
            this.options.onRejected?.(next, outcome);
          }
          continue;
        }
        // retry or held: keep it, try again later.
        this.failures += 1;
        const delay = this.backoffDelay(outcome.kind === "held");
        this.problem = {
          kind: outcome.kind === "held" ? "signed-out" : outcome.reason,
          message: outcome.message,
          nextRetryAt: this.options.now() + delay,
        };
        this.scheduleRetry(delay);
        break;
      }
    } finally {
      this.sending = false;
      this.inFlightClientId = null;
      this.emit();
    }
  }

  private backoffDelay(held: boolean): number {
    const { baseDelayMs, maxDelayMs, random } = this.options;
    if (held) return maxDelayMs;
    const exponential = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(this.failures - 1, 20));
    return Math.round(exponential * (0.75 + 0.5 * random()));
  }

  private scheduleRetry(delay: number): void {
    this.clearTimer();
    this.timer = this.options.timers.set(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.options.timers.clear(this.timer);
    this.timer = null;
  }

  private read(): StoredOutbox {
    const { storage } = this.options;
    if (!storage || !this.durable) return this.memory;
    try {
      const raw = storage.getItem(this.key);
      if (!raw) return structuredCloneOutbox(EMPTY);
      return parseStored(raw) ?? structuredCloneOutbox(this.memory);
    } catch {
      return this.memory;
    }
  }

  private update(change: (stored: StoredOutbox) => void): void {
    const stored = this.read();
    change(stored);
    this.memory = stored;
    const { storage } = this.options;
    if (!storage || !this.durable) return;
    try {
      if (stored.pending.length === 0 && Object.keys(stored.revisions).length === 0) {
        storage.removeItem(this.key);
      } else {
        storage.setItem(this.key, JSON.stringify(stored));
      }
    } catch {
      // Quota or private mode: keep going in memory, and say so.
      this.durable = false;
    }
  }

  private emit(): void {
    if (this.disposed) return;
    this.options.onChange?.(this.state());
    for (const waiter of [...this.idleWaiters]) waiter();
  }
}

function structuredCloneOutbox(outbox: StoredOutbox): StoredOutbox {
  return {
    version: 1,
    pending: outbox.pending.map((pending) => ({ ...pending })),
    revisions: { ...outbox.revisions },
  };
}

function parseStored(raw: string): StoredOutbox | null {
  try {
    const value = JSON.parse(raw) as Partial<StoredOutbox>;
    if (value?.version !== 1 || !Array.isArray(value.pending)) return null;
    const pending = value.pending.filter(
      (item): item is PendingAnswer =>
        typeof item === "object" &&
        item !== null &&
        typeof item.questionId === "string" &&
        typeof item.clientId === "string" &&
        typeof item.revision === "number" &&
        typeof item.timeSpentMs === "number",
    );
    const revisions: Record<string, number> = {};
    for (const [questionId, revision] of Object.entries(value.revisions ?? {})) {
      if (typeof revision === "number") revisions[questionId] = revision;
    }
    return { version: 1, pending, revisions };
  } catch {
    return null;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : "The network request failed.";
}

/** Maps an HTTP reply of the responses API to what the outbox does with it. */
export function classifyHttpReply(status: number, body: unknown): SendOutcome {
  if (status >= 200 && status < 300) {
    const reply = (body ?? {}) as { status?: unknown; feedback?: unknown };
    return {
      kind: "saved",
      status: typeof reply.status === "string" ? reply.status : "saved",
      ...(reply.feedback !== undefined ? { feedback: reply.feedback } : {}),
    };
  }
  const error = ((body ?? {}) as { error?: { code?: unknown; message?: unknown } }).error;
  const message = typeof error?.message === "string" ? error.message : null;
  if (status === 401) {
    return { kind: "held", reason: "signed-out", message: message ?? "You are signed out." };
  }
  if (
    status === 408 ||
    status === 425 ||
    status === 429 ||
    status >= 500 ||
    status < 200 ||
    status >= 600
  ) {
    return {
      kind: "retry",
      reason: "server",
      message: message ?? `The server did not save the answer (HTTP ${status}).`,
    };
  }
  if (status >= 400) {
    return {
      kind: "rejected",
      status,
      code: typeof error?.code === "string" ? error.code : `HTTP_${status}`,
      message: message ?? `The answer was refused (HTTP ${status}).`,
    };
  }
  // 3xx: fetch follows redirects, so this is a misrouted request; try again later.
  return { kind: "retry", reason: "server", message: `Unexpected reply (HTTP ${status}).` };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** The status line under the quiz: what happened to the student's answers. */
export function describeOutbox(state: OutboxState): string {
  const waiting = plural(state.pending, "answer");
  if (!state.online && state.pending > 0) return `Offline — ${waiting} waiting, retrying…`;
  if (state.problem && state.pending > 0) {
    switch (state.problem.kind) {
      case "offline":
        return `Offline — ${waiting} waiting, retrying…`;
      case "server":
        return `Saving is delayed — ${waiting} waiting, retrying…`;
      case "signed-out":
        return `Signed out — ${waiting} waiting. Sign in again in another tab; saving resumes by itself.`;
    }
  }
  if (state.pending > 0) return "Saving…";
  if (state.lastError) return `Not saved: ${state.lastError.message}`;
  if (!state.online) return "Offline — all answers so far are saved.";
  return "All answers saved";
}

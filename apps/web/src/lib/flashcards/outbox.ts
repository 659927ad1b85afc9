import type { ReviewRating } from "@quizdeck/core/scheduling";
import type { ReviewSavedResponse, UndoSavedResponse } from "./types";

/**
 * Ratings and undos waiting to reach the server, sent one at a time in the
 * order given. Nothing is dropped on a network failure: each change is kept
 * (in memory and, through `storage`, on the device) and retried with the same
 * clientId until the server answers, so a rating applies exactly once. Only a
 * definite refusal from the server (a 4xx other than 401/408/429) drops one.
 */

export const REVIEWS_PATH = "/api/flashcards/reviews";
export const UNDO_PATH = "/api/flashcards/reviews/undo";
/** Waits between automatic retries; the last repeats. */
export const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 20_000, 30_000];

export interface RatingOp {
  kind: "rating";
  /** The rating's clientId. */
  id: string;
  flashcardId: string;
  rating: ReviewRating;
  seq: number;
}

export interface UndoOp {
  kind: "undo";
  id: string;
  /** The clientId of the rating taken back. */
  ratingId: string;
  flashcardId: string;
  rating: ReviewRating;
  /** Known once the rating was saved; otherwise the rating is re-sent (idempotent) to learn it. */
  reviewLogId?: string;
  seq: number;
}

export type OutboxOp = RatingOp | UndoOp;

export type TransportResult =
  | { type: "response"; status: number; body: unknown }
  | { type: "network"; message: string };

export interface Transport {
  post(path: string, body: unknown): Promise<TransportResult>;
}

export interface OutboxStorage {
  load(): OutboxOp[];
  save(op: OutboxOp): void;
  remove(id: string): void;
}

export type OutboxStatus =
  | { state: "idle"; pending: 0 }
  | { state: "saving"; pending: number }
  /** The server could not be reached (or was busy); retrying automatically. */
  | { state: "retrying"; pending: number; message: string }
  /** Signed out: waits for the learner to sign in again and retry. */
  | { state: "paused"; pending: number; message: string };

export interface OutboxEvents {
  ratingSaved?(op: RatingOp, response: ReviewSavedResponse): void;
  ratingFailed?(op: RatingOp, message: string): void;
  undoSaved?(op: UndoOp, response: UndoSavedResponse | null): void;
  undoFailed?(op: UndoOp, message: string): void;
  status?(status: OutboxStatus): void;
}

export interface OutboxOptions {
  transport: Transport;
  storage?: OutboxStorage;
  events?: OutboxEvents;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  retryDelaysMs?: number[];
}

type Outcome =
  | { type: "done"; body: unknown }
  | { type: "retry"; message: string }
  | { type: "pause"; message: string }
  | { type: "refused"; status: number; message: string };

export class ReviewOutbox {
  private ops: OutboxOp[] = [];
  /** Ops sent at least once: they may have reached the server. */
  private attempted = new Set<string>();
  private logIds = new Map<string, string>();
  /** Ratings this page has queued (sent or not), to take back later. */
  private known = new Map<string, RatingOp>();
  private running = false;
  private paused = false;
  private failures = 0;
  private timer: unknown = null;
  private seq = 0;
  private lastStatus: OutboxStatus = { state: "idle", pending: 0 };
  private readonly transport: Transport;
  private readonly storage: OutboxStorage | undefined;
  private readonly events: OutboxEvents;
  private readonly setTimer: (run: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;
  private readonly delays: number[];

  constructor(options: OutboxOptions) {
    this.transport = options.transport;
    this.storage = options.storage;
    this.events = options.events ?? {};
    this.setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.clearTimer =
      options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    this.delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  }

  get pending(): number {
    return this.ops.length;
  }

  get status(): OutboxStatus {
    return this.lastStatus;
  }

  /**
   * Takes over changes left on the device by an earlier page (closed or
   * reloaded before they were saved) and starts sending them. Returns them.
   */
  restore(): OutboxOp[] {
    const leftover = (this.storage?.load() ?? []).filter(
      (op) => !this.ops.some((known) => known.id === op.id),
    );
    leftover.sort((a, b) => a.seq - b.seq);
    for (const op of leftover) {
      this.seq = Math.max(this.seq, op.seq);
      // It may have been sent by the earlier page: never cancel it locally.
      this.attempted.add(op.id);
      this.ops.push(op);
    }
    if (leftover.length > 0) this.kick();
    return leftover;
  }

  addRating(clientId: string, flashcardId: string, rating: ReviewRating): void {
    const op: RatingOp = { kind: "rating", id: clientId, flashcardId, rating, seq: ++this.seq };
    this.push(op);
  }

  /**
   * Takes back a rating. A rating never sent is simply withdrawn ("cancelled");
   * otherwise an undo is queued behind it ("queued").
   */
  addUndo(undoId: string, ratingId: string): "cancelled" | "queued" | "unknown" {
    const queued = this.ops.find((op) => op.kind === "rating" && op.id === ratingId);
    if (queued && queued.kind === "rating" && !this.attempted.has(ratingId)) {
      this.ops = this.ops.filter((op) => op !== queued);
      this.storage?.remove(ratingId);
      this.emitStatus();
      return "cancelled";
    }
    const rating = queued?.kind === "rating" ? queued : this.known.get(ratingId);
    if (!rating) return "unknown";
    const reviewLogId = this.logIds.get(ratingId);
    this.push({
      kind: "undo",
      id: undoId,
      ratingId,
      flashcardId: rating.flashcardId,
      rating: rating.rating,
      ...(reviewLogId ? { reviewLogId } : {}),
      seq: ++this.seq,
    });
    return "queued";
  }

  /** Retries now (the "Retry now" button, or the browser coming back online). */
  retryNow(): void {
    this.paused = false;
    this.failures = 0;
    if (this.timer !== null) {
      this.clearTimer(this.timer);
      this.timer = null;
    }
    this.kick();
  }

  /** Stops timers (the page is going away); queued changes stay in storage. */
  dispose(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    this.paused = true;
  }

  private push(op: OutboxOp) {
    if (op.kind === "rating") this.known.set(op.id, op);
    this.ops.push(op);
    this.storage?.save(op);
    this.kick();
  }

  private kick() {
    this.emitStatus();
    if (this.running || this.paused || this.timer !== null) return;
    void this.run();
  }

  private async run() {
    this.running = true;
    try {
      while (!this.paused) {
        const op = this.ops[0];
        if (!op) break;
        this.attempted.add(op.id);
        const outcome = await this.send(op);
        if (outcome.type === "retry") {
          this.failures += 1;
          const delay = this.delays[Math.min(this.failures - 1, this.delays.length - 1)] ?? 30_000;
          this.emit({ state: "retrying", pending: this.ops.length, message: outcome.message });
          this.timer = this.setTimer(() => {
            this.timer = null;
            this.kick();
          }, delay);
          return;
        }
        if (outcome.type === "pause") {
          this.paused = true;
          this.emit({ state: "paused", pending: this.ops.length, message: outcome.message });
          return;
        }
        this.failures = 0;
        this.ops = this.ops.filter((candidate) => candidate !== op);
        this.storage?.remove(op.id);
        this.settle(op, outcome);
        this.emitStatus();
      }
    } finally {
      this.running = false;
    }
  }

  private settle(op: OutboxOp, outcome: Extract<Outcome, { type: "done" | "refused" }>) {
    if (op.kind === "rating") {
      if (outcome.type === "done") {
        const response = outcome.body as ReviewSavedResponse;
        this.rememberLogId(op.id, response.reviewLogId);
        this.events.ratingSaved?.(op, response);
      } else {
        this.events.ratingFailed?.(op, outcome.message);
      }
    } else if (outcome.type === "done") {
      this.events.undoSaved?.(op, (outcome.body as UndoSavedResponse | null) ?? null);
    } else {
      this.events.undoFailed?.(op, outcome.message);
    }
  }

  private rememberLogId(ratingId: string, reviewLogId: string) {
    this.logIds.set(ratingId, reviewLogId);
    for (const op of this.ops) {
      if (op.kind === "undo" && op.ratingId === ratingId && !op.reviewLogId) {
        op.reviewLogId = reviewLogId;
        this.storage?.save(op);
      }
    }
  }

  private async send(op: OutboxOp): Promise<Outcome> {
    if (op.kind === "rating") {
      return this.post(REVIEWS_PATH, {
        flashcardId: op.flashcardId,
        rating: op.rating,
        clientId: op.id,
      });
    }
    let reviewLogId = op.reviewLogId ?? this.logIds.get(op.ratingId);
    if (!reviewLogId) {
      // Re-sending the rating with its clientId applies it at most once and tells us its log id.
      const rating = await this.post(REVIEWS_PATH, {
        flashcardId: op.flashcardId,
        rating: op.rating,
        clientId: op.ratingId,
      });
      if (rating.type === "refused") {
        // The rating was never recorded, so there is nothing to take back.
        return { type: "done", body: null };
      }
      if (rating.type !== "done") return rating;
      reviewLogId = (rating.body as ReviewSavedResponse).reviewLogId;
      this.rememberLogId(op.ratingId, reviewLogId);
    }
    return this.post(UNDO_PATH, { reviewLogId });
  }

  private async post(path: string, body: unknown): Promise<Outcome> {
    let result: TransportResult;
    try {
      result = await this.transport.post(path, body);
    } catch (error) {
      result = { type: "network", message: error instanceof Error ? error.message : String(error) };
    }
    if (result.type === "network") {
      return { type: "retry", message: "The server cannot be reached." };
    }
    const { status } = result;
    if (status >= 200 && status < 300) return { type: "done", body: result.body };
    const message = errorMessage(result.body) ?? `The server answered ${status}.`;
    if (status === 401) return { type: "pause", message };
    if (status === 408 || status === 429 || status >= 500) {
      return { type: "retry", message: `The server is not responding normally (${status}).` };
    }
    return { type: "refused", status, message };
  }

  private emitStatus() {
    if (this.paused && this.lastStatus.state === "paused") {
      this.emit({ ...this.lastStatus, pending: this.ops.length });
      return;
    }
    if (this.timer !== null && this.lastStatus.state === "retrying") {
      this.emit({ ...this.lastStatus, pending: this.ops.length });
      return;
    }
    this.emit(
      this.ops.length === 0
        ? { state: "idle", pending: 0 }
        : { state: "saving", pending: this.ops.length },
    );
  }

  private emit(status: OutboxStatus) {
    const previous = this.lastStatus;
    this.lastStatus = status;
    if (
      previous.state !== status.state ||
      previous.pending !== status.pending ||
      ("message" in previous ? previous.message : "") !==
        ("message" in status ? status.message : "")
    ) {
      this.events.status?.(status);
    }
  }
}

function errorMessage(body: unknown): string | null {
  if (typeof body !== "object" || body === null || !("error" in body)) return null;
  const error = (body as { error: unknown }).error;
  if (typeof error !== "object" || error === null || !("message" in error)) return null;
  const message = (error as { message: unknown }).message;
  return typeof message === "string" ? message : null;
}

/** Which cards the given leftover changes rate (net of undos among them). */
export function ratedCardIds(ops: OutboxOp[]): Set<string> {
  const undone = new Set(ops.flatMap((op) => (op.kind === "undo" ? [op.ratingId] : [])));
  return new Set(
    ops.flatMap((op) => (op.kind === "rating" && !undone.has(op.id) ? [op.flashcardId] : [])),
  );
}

/** A clientId: a UUID where the browser offers one (secure contexts), else 128 random bits. */
export function newClientId(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto?.randomUUID === "function") return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

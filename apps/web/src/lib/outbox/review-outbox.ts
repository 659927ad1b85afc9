import type { ReviewRating } from "@quizdeck/core/scheduling";
import type { ReviewSavedResponse, UndoSavedResponse } from "@/lib/flashcards/types";
import type { DeviceStorage } from "./device-storage";
import { Outbox, type OutboxOptions, type OutboxState } from "./outbox";
import { classifyReply, type Outcome, type Rejection } from "./retry-policy";
import { type RatingOp, type ReviewOp, ReviewStore, type UndoOp } from "./review-store";
import { jsonPoster, type PostJson } from "./transport";

export type { RatingOp, ReviewOp, UndoOp } from "./review-store";
export type ReviewOutboxState = OutboxState<ReviewOp>;

export const REVIEWS_PATH = "/api/flashcards/reviews";
export const UNDO_PATH = "/api/flashcards/reviews/undo";

export interface ReviewEvents {
  ratingSaved?(op: RatingOp, response: ReviewSavedResponse): void;
  ratingFailed?(op: RatingOp, message: string): void;
  undoSaved?(op: UndoOp, response: UndoSavedResponse | null): void;
  undoFailed?(op: UndoOp, message: string): void;
}

export interface ReviewOutboxOptions extends OutboxOptions<ReviewOp> {
  userId: string;
  /** Null when the browser keeps nothing (memory only). */
  storage: DeviceStorage | null;
  post?: PostJson;
  events?: ReviewEvents;
}

/**
 * A learner's flashcard ratings and undos on their way to the server, in the
 * order given (an undo always after its rating). Undoing a rating that never
 * left this page just withdraws it; otherwise an undo is queued behind it.
 */
export class ReviewOutbox extends Outbox<ReviewOp, unknown> {
  private readonly post: PostJson;
  private readonly events: ReviewEvents;
  /** Review log ids of saved ratings, by the rating's client id: what an undo sends. */
  private readonly logIds = new Map<string, string>();
  /** Ratings this page has queued (sent or not), to take back later. */
  private readonly known = new Map<string, RatingOp>();
  private seq: number;

  constructor(options: ReviewOutboxOptions) {
    // Each tab sends its own changes (it needs the server's reply to go on).
    super(new ReviewStore(options.storage, options.userId), false, options);
    this.post = options.post ?? jsonPoster();
    this.events = options.events ?? {};
    this.seq = Math.max(0, ...this.waiting().map((op) => op.seq));
  }

  /** Starts sending what an earlier page left unsaved, and returns it. */
  restore(): ReviewOp[] {
    const leftover = this.waiting();
    this.start();
    return leftover;
  }

  addRating(clientId: string, flashcardId: string, rating: ReviewRating): void {
    const op: RatingOp = { kind: "rating", id: clientId, flashcardId, rating, seq: ++this.seq };
    this.known.set(clientId, op);
    this.add(op);
  }

  /**
   * Takes back a rating: one never sent is withdrawn ("cancelled"); otherwise
   * an undo is queued behind it ("queued").
   */
  addUndo(undoId: string, ratingId: string): "cancelled" | "queued" | "unknown" {
    if (this.withdraw(ratingId)) return "cancelled";
    const waiting = this.waiting().find((op) => op.kind === "rating" && op.id === ratingId);
    const rating = waiting?.kind === "rating" ? waiting : this.known.get(ratingId);
    if (!rating) return "unknown";
    const reviewLogId = this.logIds.get(ratingId);
    this.add({
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

  protected override idOf(op: ReviewOp): string {
    return op.id;
  }

  protected override async deliver(op: ReviewOp): Promise<Outcome<unknown>> {
    if (op.kind === "rating") {
      return this.send(REVIEWS_PATH, {
        flashcardId: op.flashcardId,
        rating: op.rating,
        clientId: op.id,
      });
    }
    let reviewLogId = op.reviewLogId ?? this.logIds.get(op.ratingId);
    if (!reviewLogId) {
      // Re-sending the rating with its client id applies it at most once and tells its log id.
      const rating = await this.send(REVIEWS_PATH, {
        flashcardId: op.flashcardId,
        rating: op.rating,
        clientId: op.ratingId,
      });
      // Refused: the rating was never recorded, so there is nothing to take back.
      if (rating.kind === "rejected") return { kind: "done", value: null };
      if (rating.kind !== "done") return rating;
      reviewLogId = (rating.value as ReviewSavedResponse).reviewLogId;
      this.rememberLogId(op.ratingId, reviewLogId);
    }
    return this.send(UNDO_PATH, { reviewLogId });
  }

  protected override delivered(op: ReviewOp, body: unknown): void {
    if (op.kind === "rating") {
      const response = body as ReviewSavedResponse;
      this.rememberLogId(op.id, response.reviewLogId);
      this.events.ratingSaved?.(op, response);
    } else {
      this.events.undoSaved?.(op, (body as UndoSavedResponse | null) ?? null);
    }
  }

  protected override refused(op: ReviewOp, rejection: Rejection): void {
    if (op.kind === "rating") this.events.ratingFailed?.(op, rejection.message);
    else this.events.undoFailed?.(op, rejection.message);
  }

  private async send(path: string, body: unknown): Promise<Outcome<unknown>> {
    return classifyReply(await this.post(path, body));
  }

  private rememberLogId(ratingId: string, reviewLogId: string): void {
    this.logIds.set(ratingId, reviewLogId);
    for (const op of this.waiting()) {
      if (op.kind === "undo" && op.ratingId === ratingId && !op.reviewLogId) {
        this.replace({ ...op, reviewLogId });
      }
    }
  }
}

/** Which cards the given leftover changes rate (net of undos among them). */
export function ratedCardIds(ops: ReviewOp[]): Set<string> {
  const undone = new Set(ops.flatMap((op) => (op.kind === "undo" ? [op.ratingId] : [])));
  return new Set(
    ops.flatMap((op) => (op.kind === "rating" && !undone.has(op.id) ? [op.flashcardId] : [])),
  );
}

import type { ReviewRating } from "@quizdeck/core/scheduling";
import type { ReviewSavedResponse, UndoSavedResponse } from "@/lib/flashcards/types";
import type { DeviceStorage } from "./device-storage";
import { createOutbox, type OutboxOptions, type OutboxState } from "./outbox";
import { classifyReply, type Outcome } from "./retry-policy";
import { type RatingOp, type ReviewOp, reviewStore, type UndoOp } from "./review-store";
import { jsonPoster, type PostJson } from "./transport";

export type { RatingOp, ReviewOp, UndoOp } from "./review-store";
export type ReviewOutboxState = OutboxState<ReviewOp>;
export type ReviewOutbox = ReturnType<typeof createReviewOutbox>;

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
export function createReviewOutbox(options: ReviewOutboxOptions) {
  const post = options.post ?? jsonPoster();
  const events = options.events ?? {};
  /**
   * Review log ids of saved ratings, by the rating's client id: what an undo
   * sends. A later page does not know them: it re-sends the rating (applied
   * once) to learn its id.
   */
  const logIds = new Map<string, string>();
  /** Ratings this page has queued (sent or not), to take back later. */
  const known = new Map<string, RatingOp>();
  const send = async (path: string, body: unknown) => classifyReply(await post(path, body));

  const deliver = async (op: ReviewOp): Promise<Outcome<unknown>> => {
    if (op.kind === "rating") {
      return send(REVIEWS_PATH, {
        flashcardId: op.flashcardId,
        rating: op.rating,
        clientId: op.id,
      });
    }
    let reviewLogId = op.reviewLogId ?? logIds.get(op.ratingId);
    if (!reviewLogId) {
      // Re-sending the rating with its client id applies it at most once and tells its log id.
      const rating = await send(REVIEWS_PATH, {
        flashcardId: op.flashcardId,
        rating: op.rating,
        clientId: op.ratingId,
      });
      // Refused: the rating was never recorded, so there is nothing to take back.
      if (rating.kind === "rejected") return { kind: "done", value: null };
      if (rating.kind !== "done") return rating;
      reviewLogId = (rating.value as ReviewSavedResponse).reviewLogId;
      logIds.set(op.ratingId, reviewLogId);
    }
    return send(UNDO_PATH, { reviewLogId });
  };

  // Each tab sends its own changes (it needs the server's reply to go on).
  const outbox = createOutbox(
    {
      store: reviewStore(options.storage, options.userId),
      followOtherTabs: false,
      idOf: (op) => op.id,
      deliver,
      delivered(op, body) {
        if (op.kind === "rating") {
          const response = body as ReviewSavedResponse;
          logIds.set(op.id, response.reviewLogId);
          events.ratingSaved?.(op, response);
        } else {
          events.undoSaved?.(op, (body as UndoSavedResponse | null) ?? null);
        }
      },
      refused(op, rejection) {
        if (op.kind === "rating") events.ratingFailed?.(op, rejection.message);
        else events.undoFailed?.(op, rejection.message);
      },
    },
    options,
  );
  let seq = Math.max(0, ...outbox.waiting().map((op) => op.seq));

  return {
    ...outbox,

    /** Starts sending what an earlier page left unsaved, and returns it. */
    restore(): ReviewOp[] {
      const leftover = outbox.waiting();
      outbox.start();
      return leftover;
    },

    addRating(clientId: string, flashcardId: string, rating: ReviewRating): void {
      const op: RatingOp = { kind: "rating", id: clientId, flashcardId, rating, seq: ++seq };
      known.set(clientId, op);
      outbox.add(op);
    },

    /**
     * Takes back a rating: one never sent is withdrawn ("cancelled"); otherwise
     * an undo is queued behind it ("queued").
     */
    addUndo(undoId: string, ratingId: string): "cancelled" | "queued" | "unknown" {
      if (outbox.withdraw(ratingId)) return "cancelled";
      const waiting = outbox.waiting().find((op) => op.kind === "rating" && op.id === ratingId);
      const rating = waiting?.kind === "rating" ? waiting : known.get(ratingId);
      if (!rating) return "unknown";
      const reviewLogId = logIds.get(ratingId);
      outbox.add({
        kind: "undo",
        id: undoId,
        ratingId,
        flashcardId: rating.flashcardId,
        rating: rating.rating,
        ...(reviewLogId ? { reviewLogId } : {}),
        seq: ++seq,
      });
      return "queued";
    },
  };
}

/** Which cards the given leftover changes rate (net of undos among them). */
export function ratedCardIds(ops: ReviewOp[]): Set<string> {
  const undone = new Set(ops.flatMap((op) => (op.kind === "undo" ? [op.ratingId] : [])));
  return new Set(
    ops.flatMap((op) => (op.kind === "rating" && !undone.has(op.id) ? [op.flashcardId] : [])),
  );
}

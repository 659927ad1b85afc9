import type { ReviewRating } from "@quizdeck/core/scheduling";
import type { DeviceStorage } from "./device-storage";

export interface RatingOp {
  kind: "rating";
  /** The rating's client id. */
  id: string;
  flashcardId: string;
  rating: ReviewRating;
  /** Place in line: ratings and undos go in the order given. */
  seq: number;
}

export interface UndoOp {
  kind: "undo";
  id: string;
  /** The client id of the rating taken back. */
  ratingId: string;
  flashcardId: string;
  rating: ReviewRating;
  /** Known when the rating was saved before the undo was queued; otherwise the rating is re-sent (idempotent) to learn it. */
  reviewLogId?: string;
  seq: number;
}

export type ReviewOp = RatingOp | UndoOp;

const PREFIX = "quizdeck:flashcard-outbox:";

/**
 * The device copy of a learner's unsaved ratings and undos, in the format the
 * flashcard page has always written (so changes left by an older page are
 * still sent): one localStorage entry per change,
 * `quizdeck:flashcard-outbox:<userId>:<id>` → the op as JSON, so two tabs
 * never overwrite each other's. Another learner's entries are left alone.
 */

export function reviewStore(storage: DeviceStorage | null, userId: string) {
  const prefix = `${PREFIX}${userId}:`;
  let refused = false;

  const keys = (): string[] => {
    const found: string[] = [];
    if (storage) {
      for (let index = 0; index < storage.length; index++) {
        const key = storage.key(index);
        if (key?.startsWith(prefix)) found.push(key);
      }
    }
    return found;
  };

  return {
    get durable(): boolean {
      return storage !== null && !refused;
    },

    load(): ReviewOp[] {
      const ops: ReviewOp[] = [];
      try {
        for (const key of keys()) {
          const op = parseOp(storage?.getItem(key) ?? null);
          if (op) ops.push(op);
        }
      } catch {
        // An unreadable device keeps what could be read.
      }
      return ops.sort((a, b) => a.seq - b.seq);
    },

    put(op: ReviewOp): void {
      try {
        storage?.setItem(`${prefix}${op.id}`, JSON.stringify(op));
      } catch {
        // Full or switched off: the outbox goes on in memory.
        refused = true;
      }
    },

    remove(id: string): void {
      try {
        storage?.removeItem(`${prefix}${id}`);
      } catch {
        // Nothing to do.
      }
    },

    clear(): void {
      try {
        for (const key of keys()) storage?.removeItem(key);
      } catch {
        // Nothing to do.
      }
    },
  };
}

function parseOp(raw: string | null): ReviewOp | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<ReviewOp> | null;
    if (value === null || typeof value !== "object") return null;
    const ratingOk =
      value.rating === 1 || value.rating === 2 || value.rating === 3 || value.rating === 4;
    if (
      typeof value.id !== "string" ||
      typeof value.flashcardId !== "string" ||
      typeof value.seq !== "number" ||
      !ratingOk
    ) {
      return null;
    }
    if (value.kind === "rating") return value as ReviewOp;
    if (value.kind === "undo" && typeof value.ratingId === "string") return value as ReviewOp;
    return null;
  } catch {
    return null;
  }
}

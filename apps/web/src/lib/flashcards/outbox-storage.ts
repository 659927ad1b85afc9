import type { OutboxOp, OutboxStorage } from "./outbox";

/** The part of the Web Storage API the outbox uses (localStorage in the browser). */
export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = "quizdeck:flashcard-outbox:";

/**
 * Keeps unsaved ratings on the device, one entry per change (so two tabs never
 * overwrite each other's), under the learner's id. A storage that is full,
 * disabled or broken only loses the on-device copy: the page still retries.
 */
export function deviceOutboxStorage(
  storage: KeyValueStorage | null | undefined,
  userId: string,
): OutboxStorage {
  const prefix = `${PREFIX}${userId}:`;
  return {
    load() {
      if (!storage) return [];
      const ops: OutboxOp[] = [];
      try {
        for (let index = 0; index < storage.length; index++) {
          const key = storage.key(index);
          if (!key?.startsWith(prefix)) continue;
          const op = parseOp(storage.getItem(key));
          if (op) ops.push(op);
        }
      } catch {
        return ops;
      }
      return ops.sort((a, b) => a.seq - b.seq);
    },
    save(op) {
      try {
        storage?.setItem(`${prefix}${op.id}`, JSON.stringify(op));
      } catch {
        // Quota or privacy mode: the in-memory queue still holds it.
      }
    },
    remove(id) {
      try {
        storage?.removeItem(`${prefix}${id}`);
      } catch {
        // Nothing to do.
      }
    },
  };
}

function parseOp(raw: string | null): OutboxOp | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<OutboxOp>;
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
    if (value.kind === "rating") return value as OutboxOp;
    if (value.kind === "undo" && typeof value.ratingId === "string") return value as OutboxOp;
    return null;
  } catch {
    return null;
  }
}

import "server-only";
import { randomUUID } from "node:crypto";

/** server.mjs's slot protocol (serving/hash-slots.mjs): the same message type. */
const HASH_SLOT_MESSAGE = "quizdeck:hash-slot";

interface SlotMessage {
  type: typeof HASH_SLOT_MESSAGE;
  op: "acquire" | "granted" | "release";
  id: string;
}

/** The worker's line to the cluster's primary (process.send and its "message" events). */
export interface PrimaryChannel {
  send(message: SlotMessage): void;
  onMessage(listener: (message: unknown) => void): void;
}

function isGrant(message: unknown): message is SlotMessage {
  const { type, op, id } = (message ?? {}) as Partial<SlotMessage>;
  return type === HASH_SLOT_MESSAGE && op === "granted" && typeof id === "string";
}

/**
 * Runs work in one of the cluster's password-hashing slots, which the primary
 * hands out (server.mjs): the machine's hashes at once stay one fewer than
 * its cores however many workers there are.
 */
export function clusterHashSlots(channel: PrimaryChannel) {
  const granted = new Map<string, () => void>();
  channel.onMessage((message) => {
    if (!isGrant(message)) return;
    granted.get(message.id)?.();
    granted.delete(message.id);
  });
  return async <T>(work: () => Promise<T>): Promise<T> => {
    const id = randomUUID();
    await new Promise<void>((resolve) => {
      granted.set(id, resolve);
      channel.send({ type: HASH_SLOT_MESSAGE, op: "acquire", id });
    });
    try {
      return await work();
    } finally {
      channel.send({ type: HASH_SLOT_MESSAGE, op: "release", id });
    }
  };
}

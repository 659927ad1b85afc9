import "server-only";
import { availableParallelism } from "node:os";
import { hashPassword, verifyPassword } from "@quizdeck/db/user";
import pLimit from "p-limit";
import { clusterHashSlots } from "./cluster-hash-slots";

/**
 * Password hashes at once in this process: server.mjs gives the machine's
 * number (one core fewer than it has, serving/hash-slots.mjs); without it
 * (`next dev`), the same rule here. The rest wait their turn, first come
 * first served. Each scrypt holds a thread of libuv's pool and a core for
 * about 115 ms: a class signing in together would otherwise take every core
 * and thread, and the requests of students already answering would wait
 * behind them.
 */
export const HASHES_AT_ONCE =
  Number(process.env.QUIZDECK_HASH_CONCURRENCY) || Math.max(1, availableParallelism() - 1);

const local = pLimit(HASHES_AT_ONCE);

/**
 * With more than one worker (QUIZDECK_HASH_SLOTS=cluster), each hash also
 * takes one of the machine's slots from the primary. One per process, on
 * globalThis: Next.js may load this module more than once.
 */
const globalForSlots = globalThis as typeof globalThis & {
  __quizdeckHashSlot?: <T>(work: () => Promise<T>) => Promise<T>;
};
function inMachineSlot<T>(work: () => Promise<T>): Promise<T> {
  const send = process.send?.bind(process);
  if (process.env.QUIZDECK_HASH_SLOTS !== "cluster" || !send) return work();
  globalForSlots.__quizdeckHashSlot ??= clusterHashSlots({
    send: (message) => send(message),
    onMessage: (listener) => process.on("message", listener),
  });
  return globalForSlots.__quizdeckHashSlot(work);
}

const queue = <T>(work: () => Promise<T>) => local(() => inMachineSlot(work));

/** Better Auth's password functions, queued: a burst of sign-ins waits, none fails. */
export const queuedPasswords = {
  hash: (password: string) => queue(() => hashPassword(password)),
  verify: (data: { hash: string; password: string }) => queue(() => verifyPassword(data)),
};

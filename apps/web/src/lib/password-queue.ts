import "server-only";
import { availableParallelism } from "node:os";
import { hashPassword, verifyPassword } from "@quizdeck/db/user";
import pLimit from "p-limit";

/**
 * Password hashes at once in this process (server.mjs gives each worker its
 * share of the cores); the rest wait their turn, first come first served. Each
 * scrypt holds a thread of libuv's pool and a core for about 110 ms: a class
 * signing in together would otherwise take every thread of the pool, and all
 * else that needs one (WebCrypto, files, compression) would wait behind them.
 */
export const HASHES_AT_ONCE =
  Number(process.env.QUIZDECK_HASH_CONCURRENCY) || Math.max(1, availableParallelism());

const queue = pLimit(HASHES_AT_ONCE);

/** Better Auth's password functions, queued: a burst of sign-ins waits, none fails. */
export const queuedPasswords = {
  hash: (password: string) => queue(() => hashPassword(password)),
  verify: (data: { hash: string; password: string }) => queue(() => verifyPassword(data)),
};

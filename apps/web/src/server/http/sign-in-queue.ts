import "server-only";
import pLimit from "p-limit";
import { HASHES_AT_ONCE } from "@/lib/password-queue";

/**
 * Sign-ins in progress at once in this process, from the first limit checked
 * to the session stored: enough to keep every password-hashing slot busy
 * while others read and write their rows, few enough that they never hold
 * most of the database pool.
 */
const SIGN_INS_AT_ONCE = 4 * HASHES_AT_ONCE;

const queue = pLimit(SIGN_INS_AT_ONCE);

/**
 * Runs one whole sign-in in its turn, first come first served. A class signing
 * in at once used to start every sign-in together: each took a database
 * connection for its limits and rows while the hashes waited in their own
 * queue, and past the pool's 10 s wait the rest were refused (503, or 500
 * where Better Auth caught the error itself). Queued here, a sign-in waits
 * in memory, and its queries find a free connection.
 */
export function inSignInQueue<T>(signIn: () => Promise<T>): Promise<T> {
  return queue(signIn);
}

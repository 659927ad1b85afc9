import "server-only";
import pLimit from "p-limit";
import { HASHES_AT_ONCE } from "@/lib/password-queue";
import { RequestError } from "../errors/request-error";

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
 * in memory, and its queries find a free connection. One whose client has
 * gone by its turn (`client`, the request's signal) is dropped unrun: a
 * browser or load driver that gave up sends it again, and checking the
 * abandoned copy first would double the queue's work.
 */
export function inSignInQueue<T>(signIn: () => Promise<T>, client?: AbortSignal): Promise<T> {
  return queue(() => {
    // Its client gave up waiting (and will send it again): its turn goes to the next.
    if (client?.aborted) throw new RequestError("CLIENT_GONE", "The sign-in was abandoned.");
    return signIn();
  });
}

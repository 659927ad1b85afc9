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

/**
 * Sign-ins waiting in this process past which another is refused (503) rather
 * than held: twice a school's exam morning on one instance, and a bound on the
 * memory a flood of sign-ins (from many addresses) can take while it waits.
 */
const SIGN_INS_WAITING_MAX = 2_000;

/** What a refused sign-in is told to wait before sending again. */
const SIGN_IN_RETRY_AFTER_SECONDS = 5;

/** A queue of whole sign-ins; see `inSignInQueue`. */
export function signInQueue(atOnce: number, waitingMax: number) {
  const queue = pLimit(atOnce);
  return <T>(signIn: () => Promise<T>, client?: AbortSignal): Promise<T> => {
    if (queue.pendingCount >= waitingMax) {
      return Promise.reject(
        new RequestError(
          "UNAVAILABLE",
          "Many people are signing in just now. Try again in a few seconds.",
          SIGN_IN_RETRY_AFTER_SECONDS,
        ),
      );
    }
    return queue(() => {
      // Its client gave up waiting (and will send it again): its turn goes to the next.
      if (client?.aborted) throw new RequestError("CLIENT_GONE", "The sign-in was abandoned.");
      return signIn();
    });
  };
}

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
export const inSignInQueue = signInQueue(SIGN_INS_AT_ONCE, SIGN_INS_WAITING_MAX);

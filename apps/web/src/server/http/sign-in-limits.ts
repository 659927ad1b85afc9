import "server-only";
import { clearBackoff, enforceBackoff, enforceRateLimit } from "./rate-limit";
import { inSignInQueue } from "./sign-in-queue";

const TOO_MANY_SIGN_INS = "Too many sign-in attempts. Try again in {seconds} seconds.";

/** Who is signing in, as the limits see them. */
export interface SignInAttempt {
  address: string;
  /** The email typed (null when the body names none). */
  email: string | null;
  /** The request's signal: a sign-in whose client has gone is dropped unrun (sign-in-queue.ts). */
  client?: AbortSignal;
}

/**
 * One sign-in, whichever way it comes (the form's action or Better Auth's own
 * endpoint), with its limits in their order: the client address's window before
 * the sign-in queue (so one address's flood is refused at once), then in its turn
 * the account's failure backoff (by the email typed, so an unknown email is
 * limited exactly like a real one), the password check (`signIn`), and on
 * success (`succeeded`) the account's failures forgotten.
 */
export async function signInInTurn<T>(
  attempt: SignInAttempt,
  signIn: () => Promise<T>,
  succeeded: (result: T) => boolean,
): Promise<T> {
  await enforceRateLimit("sign-in-address", attempt.address, TOO_MANY_SIGN_INS);
  return inSignInQueue(async () => {
    if (attempt.email) await enforceBackoff("sign-in-account", attempt.email, TOO_MANY_SIGN_INS);
    const result = await signIn();
    if (attempt.email && succeeded(result)) await clearBackoff("sign-in-account", attempt.email);
    return result;
  }, attempt.client);
}

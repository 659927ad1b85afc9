import "server-only";
import { clearBackoff, enforceBackoff, enforceRateLimit } from "./rate-limit";

const TOO_MANY_SIGN_INS = "Too many sign-in attempts. Try again in {seconds} seconds.";

/**
 * A sign-in's first limit, checked before the sign-in queue (so one address's
 * flood is refused at once): the client address's window. Whichever way the
 * sign-in comes (the form's action or Better Auth's own endpoint).
 */
export async function admitSignInAddress(address: string): Promise<void> {
  await enforceRateLimit("sign-in-address", address, TOO_MANY_SIGN_INS);
}

/**
 * A sign-in's second limit, in its turn in the queue: the account's failure
 * backoff, by the email typed, so an unknown email is limited exactly like a
 * real one.
 */
export async function admitSignInAccount(email: string | null): Promise<void> {
  if (email) await enforceBackoff("sign-in-account", email, TOO_MANY_SIGN_INS);
}

/** The password was right: the account's failures are forgotten. */
export async function signInSucceeded(email: string): Promise<void> {
  await clearBackoff("sign-in-account", email);
}

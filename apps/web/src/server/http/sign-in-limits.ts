import "server-only";
import { clearBackoff, enforceBackoff, enforceRateLimit } from "./rate-limit";

const TOO_MANY_SIGN_INS = "Too many sign-in attempts. Try again in {seconds} seconds.";

/*
 * The limits every sign-in passes before its password is checked, whichever
 * way it comes (the form's action or Better Auth's own endpoint): the client
 * address's window, checked before the sign-in queue, then in its turn the
 * account's failure backoff (by the email typed, so an unknown email is
 * limited exactly like a real one).
 */

/** The client address's window of sign-ins. */
export async function admitSignInAddress(address: string): Promise<void> {
  await enforceRateLimit("sign-in-address", address, TOO_MANY_SIGN_INS);
}

/** The account's failure backoff. */
export async function admitSignInAccount(email: string | null): Promise<void> {
  if (email) await enforceBackoff("sign-in-account", email, TOO_MANY_SIGN_INS);
}

/** The password was right: the account's failures are forgotten. */
export async function signInSucceeded(email: string): Promise<void> {
  await clearBackoff("sign-in-account", email);
}

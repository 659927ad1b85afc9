import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { isClientGone } from "@quizdeck/db";
import { isDatabaseUnavailable } from "@quizdeck/db/errors";

/**
 * Better Auth answers any failure of its own with a bare 500 and keeps the
 * cause to itself: a sign-in while PostgreSQL restarted was answered 500
 * where every other route answers 503 with Retry-After (docs/benchmarks.md).
 * Its `onAPIError.onError` hook (lib/auth.ts) leaves the cause here, per
 * request, for `answeredByBetterAuth` to read.
 */
const failures = new AsyncLocalStorage<{ error?: unknown }>();

/** Keeps what Better Auth failed on for the request being answered (its onAPIError.onError). */
export function rememberAuthFailure(error: unknown): void {
  const slot = failures.getStore();
  if (slot) slot.error = error;
}

/**
 * Runs one of Better Auth's endpoints. A 5xx it answered because the database
 * was away, or because the client had hung up, is thrown as its cause
 * instead, for the error table to answer as every route does (503 with
 * Retry-After, 499); any other reply is Better Auth's own.
 */
export async function answeredByBetterAuth(run: () => Promise<Response>): Promise<Response> {
  const slot: { error?: unknown } = {};
  const response = await failures.run(slot, run);
  if (response.status >= 500 && (isDatabaseUnavailable(slot.error) || isClientGone(slot.error))) {
    throw slot.error;
  }
  return response;
}

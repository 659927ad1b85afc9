/**
 * The one retry policy of the browser's writes (quiz answers, flashcard
 * ratings, submitting a quiz): which replies are worth sending again, how long
 * to wait in between, and how long one request may take.
 *
 * - No reply at all (no connection, the server gone, a timeout), 408, 425, 429
 *   and 5xx: sent again later with the same client id, so the server applies it
 *   once. A `Retry-After` is honoured (never waited less), within a cap.
 * - 401: kept and retried slowly; the student signs in again in another tab.
 * - Any other status is final: the item is dropped and the server's message shown.
 */

/** One request may take this long (reading the reply included) before it counts as lost. */
export const REQUEST_TIMEOUT_MS = 15_000;
/** The first retry waits about this long; each failure in a row doubles it… */
export const BASE_DELAY_MS = 1_000;
/** …up to this. Each wait is spread by ±25% so a class does not come back in step. */
export const MAX_DELAY_MS = 30_000;
/** While signed out: one try this often, until the student has signed in again. */
export const SIGNED_OUT_DELAY_MS = 30_000;
/** A `Retry-After` longer than this is read as this (a bad header must not stall a quiz). */
export const MAX_RETRY_AFTER_MS = 120_000;

/** The server's reply to one request; null when none came back (no network, a timeout, a redirect). */
export type Reply = {
  status: number;
  /** The parsed JSON; undefined when the body was not JSON (so not from our API). */
  body: unknown;
  /** From the `Retry-After` header; null without one. */
  retryAfterMs: number | null;
} | null;

export interface Rejection {
  status: number;
  code: string;
  message: string;
}

/** What to do with an item after one try. */
export type Outcome<T> =
  | { kind: "done"; value: T }
  | {
      kind: "retry";
      /** "unreachable": no reply came back; "server": a reply that asks to come back later. */
      reason: "unreachable" | "server";
      message: string;
      retryAfterMs: number | null;
    }
  | { kind: "signed-out"; message: string }
  | ({ kind: "rejected" } & Rejection);

/** 408, 425, 429 and 5xx ask the client to come back; so does anything that is not HTTP. */
export function isRetryableStatus(status: number): boolean {
  return (
    status === 408 ||
    status === 425 ||
    status === 429 ||
    status >= 500 ||
    status < 200 ||
    // Redirects are refused: a 3xx that gets through is a misrouted request, not a refusal.
    (status >= 300 && status < 400)
  );
}

export function classifyReply(reply: Reply): Outcome<unknown> {
  const ok = reply !== null && reply.status >= 200 && reply.status < 300;
  // No reply, or a 2xx that is not JSON (a captive portal or a proxy answered): nothing was stored.
  if (reply === null || (ok && reply.body === undefined)) {
    return {
      kind: "retry",
      reason: "unreachable",
      message: "The server cannot be reached.",
      retryAfterMs: null,
    };
  }
  const { status, body } = reply;
  if (ok) return { kind: "done", value: body };
  // The API's `{ error: { code, message } }`, when the body has one.
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = typeof error?.code === "string" ? error.code : null;
  const message = typeof error?.message === "string" && error.message ? error.message : null;
  if (status === 401) return { kind: "signed-out", message: message ?? "You are signed out." };
  if (isRetryableStatus(status)) {
    return {
      kind: "retry",
      reason: "server",
      message: `The server is busy or failing (HTTP ${status}).`,
      retryAfterMs: reply.retryAfterMs,
    };
  }
  return {
    kind: "rejected",
    status,
    code: code ?? `HTTP_${status}`,
    message: message ?? `The server refused it (HTTP ${status}).`,
  };
}

/** `Retry-After` as milliseconds from `now`: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: number): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (value === "") return null;
  // Delta-seconds, or a date (which always names a weekday or a month in letters).
  const ms = /^\d+$/.test(value)
    ? Number(value) * 1000
    : /[a-z]/i.test(value)
      ? Date.parse(value) - now
      : Number.NaN;
  if (!Number.isFinite(ms)) return null;
  return Math.min(Math.max(0, ms), MAX_RETRY_AFTER_MS);
}

/**
 * How long to wait after `failures` failed tries in a row: exponential from
 * the base delay, capped, spread by ±25%; never less than the server's
 * Retry-After (spread above it by up to one base delay).
 */
export function retryDelay(
  failures: number,
  retryAfterMs: number | null,
  random: () => number,
  baseDelayMs = BASE_DELAY_MS,
  maxDelayMs = MAX_DELAY_MS,
): number {
  const exponential = Math.min(
    maxDelayMs,
    baseDelayMs * 2 ** Math.min(Math.max(failures, 1) - 1, 20),
  );
  const backoff = Math.round(exponential * (0.75 + 0.5 * random()));
  if (retryAfterMs === null) return backoff;
  return Math.max(backoff, Math.round(retryAfterMs + random() * baseDelayMs));
}

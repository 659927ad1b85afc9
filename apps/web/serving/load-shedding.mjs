// Load shedding on the embedded database (PGlite): one process runs every
// statement in turn, so past some backlog a request can no longer be answered
// before its client gives up (the quiz player's outbox waits 15 s, the load
// driver 30 s), and a client that gives up sends it again: the process then
// works through abandoned copies and answers nobody (docs/benchmarks.md,
// issue #16). server.mjs asks `shedDecision` before any work and refuses
// what would come too late, with 503 and Retry-After; nothing refused has run.
// Plain JavaScript, as server.mjs is.

/**
 * The wait, in ms, a statement queued now may face before a request that
 * starts something new (a page, a sign-in, a server action, a read) is
 * refused. Such a request takes several turns of the queue one after another
 * (a page about 10), each behind the whole queue again; at 1 s a turn it is
 * answered within the outbox's 15 s. And refusing new work first keeps the
 * quizzes already in progress going.
 */
export const NEW_WORK_MAX_WAIT_MS = 1_000;

/**
 * The same for a write of work in progress (an answer, a flashcard rating, a
 * submit, which the browser's outbox sends and retries): one transaction, one
 * turn, so it may wait longer and still be answered well within 15 s.
 */
export const WORK_IN_PROGRESS_MAX_WAIT_MS = 5_000;

/** Retry-After bounds, in seconds. */
const MIN_RETRY_AFTER_SECONDS = 1;
const MAX_RETRY_AFTER_SECONDS = 30;

/** Paths that never touch the database: the build's files and the liveness check. */
const NEVER_SHED = /^\/(?:_next\/|api\/health(?:$|\?))/;

/** Writes the browser's outbox sends: JSON POSTs of the API, apart from sign-in and the like. */
function isWorkInProgress(method, path) {
  return method === "POST" && path.startsWith("/api/") && !path.startsWith("/api/auth/");
}

/**
 * Whether to refuse this request now, given the database's backlog
 * (`{ expectedWaitMs }`, null on PostgreSQL, which has its own pool and no
 * single queue): null to serve it, or how to refuse it (`as`: "api" for a JSON
 * 503, "action" for a server action, whose form shows the message, "page" for
 * an HTML 503 that reloads itself) and when to come back.
 */
export function shedDecision({ method, url, headers }, backlog) {
  if (!backlog) return null;
  const path = url ?? "/";
  if (NEVER_SHED.test(path)) return null;
  const limit = isWorkInProgress(method, path)
    ? WORK_IN_PROGRESS_MAX_WAIT_MS
    : NEW_WORK_MAX_WAIT_MS;
  if (backlog.expectedWaitMs <= limit) return null;
  const retryAfterSeconds = Math.min(
    MAX_RETRY_AFTER_SECONDS,
    Math.max(MIN_RETRY_AFTER_SECONDS, Math.ceil(backlog.expectedWaitMs / 1000)),
  );
  const as = headers["next-action"] ? "action" : path.startsWith("/api/") ? "api" : "page";
  return { as, retryAfterSeconds };
}

/** Marks every shed reply, so a client or a load report can tell a refusal by design from a fault. */
export const SHED_HEADER = "x-quizdeck-shed";

/** What a refused request is told (the JSON error's code and message, the page's text). */
export const BUSY_CODE = "BUSY";
export function busyMessage(retryAfterSeconds) {
  return `quizdeck is busy just now and did not take this request; nothing was saved. It will be sent again in ${retryAfterSeconds} seconds.`;
}

/** The reply to a shed request that is not a server action (those go on to the action's form). */
export function shedReply({ as, retryAfterSeconds }) {
  const headers = {
    "retry-after": String(retryAfterSeconds),
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    [SHED_HEADER]: "1",
  };
  const message = busyMessage(retryAfterSeconds);
  if (as === "api") {
    return {
      status: 503,
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({ error: { code: BUSY_CODE, message } }),
    };
  }
  // A page: the browser loads it again by itself when the wait is over (no script needed).
  return {
    status: 503,
    headers: {
      ...headers,
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
    },
    body: `<!doctype html><html lang="en"><meta charset="utf-8"><meta http-equiv="refresh" content="${retryAfterSeconds}"><title>Busy — quizdeck</title><p>quizdeck is busy just now. This page loads again by itself in ${retryAfterSeconds} seconds.</p></html>`,
  };
}

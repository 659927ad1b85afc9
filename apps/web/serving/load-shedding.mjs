// Load shedding on the embedded database (PGlite): one process runs every
// statement in turn and all the requests' own work, so past some load a
// request can no longer be answered before its client gives up (the quiz
// player's outbox waits 15 s, the load driver 30 s), and a client that gives
// up sends it again: the process then works through abandoned copies and
// answers nobody (docs/benchmarks.md, issue #16). server.mjs asks
// `shedDecision` before any work and refuses what would come too late, with
// 503 and Retry-After; nothing refused has run.
// Plain JavaScript, as server.mjs is.
import { monitorEventLoopDelay } from "node:perf_hooks";

/**
 * Steps of a request that each wait one turn of the event loop (reading the
 * request, its body, the session, the handler, writing the reply; a page's
 * render and stream more). Measured under load (docs/benchmarks.md), the
 * database's own queue stayed empty while the event loop took 80–880 ms a
 * turn: the process's CPU, not the database, is what requests wait for, so
 * the wait a request faces is read from both.
 */
const LOOP_TURNS_PER_REQUEST = 10;

/**
 * What a request arriving now can expect to wait in this process, in ms: the
 * longer of the database's queue (`db.expectedWaitMs`, pglite-turns.ts) and
 * the event loop's standing delay times LOOP_TURNS_PER_REQUEST.
 */
export function expectedWaitMs({ db, loopDelayMs }) {
  return Math.max(db?.expectedWaitMs ?? 0, loopDelayMs * LOOP_TURNS_PER_REQUEST);
}

/** How often the event loop's delay is read (its 99th percentile over the last window). */
const LOOP_WINDOW_MS = 500;

/**
 * Windows the delay must have lasted through to count: 2 s. One long task
 * (a route's code loaded on its first request, just after a start) delays the
 * loop once, in one window, and is no queue; a standing queue delays every
 * window. So the delay read is the least of the last four windows' (as CoDel
 * tells a standing queue from a burst by the least wait over an interval).
 */
const LOOP_WINDOWS = 4;

/** The sampling timer's period, ms: an idle loop reads as this, so it is taken off. */
const LOOP_RESOLUTION_MS = 10;

/** The least of `windows` (each a window's delay, ms): the delay that has lasted through all of them. */
export function standingDelay(windows) {
  return windows.length < LOOP_WINDOWS ? 0 : Math.min(...windows.slice(-LOOP_WINDOWS));
}

/**
 * The event loop's standing delay, in ms (`standingDelay` of its last windows'
 * 99th percentiles, the idle reading taken off).
 */
export function eventLoopDelay() {
  const histogram = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  histogram.enable();
  const windows = [];
  setInterval(() => {
    const p99 = histogram.count > 0 ? histogram.percentile(99) / 1e6 : 0;
    windows.push(Math.max(0, p99 - LOOP_RESOLUTION_MS));
    if (windows.length > LOOP_WINDOWS) windows.shift();
    histogram.reset();
  }, LOOP_WINDOW_MS).unref();
  return () => standingDelay(windows);
}

/**
 * The wait past which a request that starts something new (a page, a
 * sign-in, a server action, a read) is refused: about 10 turns of an event
 * loop at 200 ms, or a database queue of 2 s. Refusing new work first keeps
 * the quizzes already in progress going.
 */
export const NEW_WORK_MAX_WAIT_MS = 2_000;

/**
 * The same for a write of work in progress (an answer, a flashcard rating, a
 * submit, which the browser's outbox sends and retries): refused only past
 * 5 s, a third of the outbox's 15 s.
 */
export const WORK_IN_PROGRESS_MAX_WAIT_MS = 5_000;

/**
 * The two limits, from QUIZDECK_SHED_AFTER_MS when the operator sets it (the
 * new-work limit, for clients more or less patient than the quiz player; work
 * in progress gets five times as long, as by default). A value that is not a
 * positive number is an error naming the variable.
 */
export function shedLimits(env) {
  const raw = (env.QUIZDECK_SHED_AFTER_MS ?? "").trim();
  if (raw === "")
    return { newWork: NEW_WORK_MAX_WAIT_MS, inProgress: WORK_IN_PROGRESS_MAX_WAIT_MS };
  const newWork = Number(raw);
  if (!Number.isFinite(newWork) || newWork <= 0) {
    throw new Error(
      `QUIZDECK_SHED_AFTER_MS must be a number of milliseconds above 0, not ${JSON.stringify(raw)}.`,
    );
  }
  return { newWork, inProgress: newWork * (WORK_IN_PROGRESS_MAX_WAIT_MS / NEW_WORK_MAX_WAIT_MS) };
}

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
 * Whether to refuse this request now, given the wait it can expect
 * (`{ expectedWaitMs }`, from `expectedWaitMs`; null on PostgreSQL, where
 * nothing is shed: the database is its own server and the cluster has a
 * process per core) and the limits (`shedLimits`): null to serve it, or how to refuse it (`as`: "api" for a JSON
 * 503, "action" for a server action, whose form shows the message, "page" for
 * an HTML 503 that reloads itself) and when to come back.
 */
export function shedDecision({ method, url, headers }, backlog, limits = shedLimits({})) {
  if (!backlog) return null;
  const path = url ?? "/";
  if (NEVER_SHED.test(path)) return null;
  const limit = isWorkInProgress(method, path) ? limits.inProgress : limits.newWork;
  if (backlog.expectedWaitMs <= limit) return null;
  const retryAfterSeconds = Math.min(
    MAX_RETRY_AFTER_SECONDS,
    Math.max(MIN_RETRY_AFTER_SECONDS, Math.ceil(backlog.expectedWaitMs / 1000)),
  );
  // Next.js takes a request for a server action only as a POST to a page: the header alone
  // (which anyone can send) must not pass a page or an API call off as one, unshed.
  const api = path.startsWith("/api/");
  const as = method === "POST" && !api && headers["next-action"] ? "action" : api ? "api" : "page";
  return { as, retryAfterSeconds };
}

/** Marks every shed reply, so a client or a load report can tell a refusal by design from a fault. */
export const SHED_HEADER = "x-quizdeck-shed";

/** What a refused request is told (the JSON error's code and message, the page's text). */
const BUSY_CODE = "BUSY";
function busyMessage(retryAfterSeconds) {
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

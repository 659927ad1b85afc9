#!/usr/bin/env node
// The production server: Next.js's request handler on node:http, run by
// node:cluster workers. It exists for what `next start` cannot do:
// - the app must know the TCP peer of each request (route handlers never see
//   the socket, and Next.js passes a client's X-Forwarded-For through
//   untouched), so rate limits key on an address no client can forge;
// - one process per core (QUIZDECK_WORKERS) on PostgreSQL;
// - libuv's thread pool sized before the workers start (a running process
//   cannot resize it), so the native scrypt of a class signing in does not
//   starve the pool's other work;
// - the answer save served before Next.js's router, by the route's own
//   handler from the build (serving/direct-routes.mjs): the hot path;
// - on the embedded database, requests refused (503, Retry-After) before any
//   work once they would wait longer than a client does (serving/load-shedding.mjs),
//   and each request's statements dropped unrun if its client hangs up first.
// `npm start`, the end-to-end tests and the load driver all serve through it.
import { AsyncLocalStorage } from "node:async_hooks";
import cluster from "node:cluster";
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDirectRoutes } from "./serving/direct-routes.mjs";
import { logLoad } from "./serving/load-log.mjs";
import {
  eventLoopDelay,
  expectedWaitMs,
  SHED_HEADER,
  shedDecision,
  shedLimits,
  shedReply,
} from "./serving/load-shedding.mjs";
import { workerEnv } from "./serving/worker-env.mjs";

/** Set here on every request, from the socket; a client's own value under this name is dropped. */
const PEER_HEADER = "x-quizdeck-peer";
/** Every header of ours is private: none may come from outside. */
const PRIVATE_PREFIX = "x-quizdeck-";
/** Tells a server action that its request was shed: the seconds to wait (define-action.ts). */
const SHED_ACTION_HEADER = "x-quizdeck-shed-retry-after";
/**
 * Marks the requests Next.js sends to this server itself (a server action
 * forwarded to the page that has it, the page an action redirects to), which
 * carry the first request's headers on: they belong to a request already
 * admitted, so they are never shed and keep its headers (its peer, its shed
 * mark). A random value the primary makes at start and gives every worker (a
 * request Next.js sends may reach another worker), never sent to a client,
 * so none can claim it.
 */
const INTERNAL_HEADER = "x-quizdeck-internal";
const INTERNAL_TOKEN_ENV = "QUIZDECK_INTERNAL_TOKEN";
/** More workers than this is a typo, not a machine. */
const MAX_WORKERS = 256;
/** A worker that dies sooner than this after starting is not restarted: the next would too. */
const MIN_WORKER_LIFETIME_MS = 10_000;
/** How long a stopping worker waits for requests in flight. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * The worker count QUIZDECK_WORKERS asks for: a number, or "auto" (the default):
 * one per core on PostgreSQL, one on the embedded database, which has a single
 * writer inside one process. A problem is a message naming the variable.
 */
function workerCount(env) {
  const raw = (env.QUIZDECK_WORKERS ?? "").trim();
  const embedded = !env.DATABASE_URL;
  if (raw === "" || raw === "auto") return { count: embedded ? 1 : availableParallelism() };
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 1 || count > MAX_WORKERS) {
    return {
      problem: `QUIZDECK_WORKERS must be "auto" or a whole number from 1 to ${MAX_WORKERS}, not ${JSON.stringify(raw)}.`,
    };
  }
  if (embedded && count > 1) {
    return {
      problem: `QUIZDECK_WORKERS is ${count}, but the embedded database serves one process: set DATABASE_URL (PostgreSQL) to run more.`,
    };
  }
  return { count };
}

/** What the configuration lacks to serve (safely, in production), as messages naming the variables. */
function configProblems(env) {
  const problems = [];
  const port = Number(env.PORT || 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    problems.push(`PORT must be a port number (1-65535), not ${JSON.stringify(env.PORT)}.`);
  }
  const workers = workerCount(env);
  if (workers.problem) problems.push(workers.problem);
  try {
    shedLimits(env);
  } catch (error) {
    problems.push(error.message);
  }
  if ((env.NODE_ENV || "production") !== "production") return problems;
  if (!env.BETTER_AUTH_SECRET) {
    problems.push(
      "BETTER_AUTH_SECRET is not set: give it 32+ random characters (it signs sessions).",
    );
  }
  if (!env.QUIZDECK_ORIGIN) {
    problems.push(
      "QUIZDECK_ORIGIN is not set: give the public address, e.g. https://quiz.example.org.",
    );
  }
  return problems;
}

/**
 * The refusal of an API path that is not percent-encoded UTF-8 (Next.js would
 * answer 500), in the error body every API route answers with
 * (src/server/errors/error-table.ts, BAD_REQUEST).
 */
const UNDECODABLE_API_PATH = {
  status: 400,
  headers: {
    "content-type": "application/json",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  },
  body: JSON.stringify({ error: { code: "BAD_REQUEST", message: "That address is not valid." } }),
};

/**
 * What the API routes need before Next.js: the proxy (src/proxy.ts) does not
 * run on them, so an undecodable path is refused here, as the proxy refuses
 * one for a page; and a POST's reply, a small JSON acknowledgement, is not
 * compressed (gzip cost more CPU than the few bytes it saved on every answer).
 * True when the request was answered here.
 */
function answeredBeforeNext(request, response) {
  const url = request.url ?? "/";
  if (!url.startsWith("/api/")) return false;
  const query = url.indexOf("?");
  try {
    decodeURIComponent(query < 0 ? url : url.slice(0, query));
  } catch {
    const { status, headers, body } = UNDECODABLE_API_PATH;
    response.writeHead(status, headers).end(body);
    return true;
  }
  if (request.method === "POST") delete request.headers["accept-encoding"];
  return false;
}

/** The build's folder, as next.config.ts names it. */
function distDirName() {
  return process.env.QUIZDECK_NEXT_DIST_DIR || ".next";
}

/** Replaces whatever the client claimed with the socket's own peer address. */
function stampPeer(request) {
  for (const name of Object.keys(request.headers)) {
    if (name.startsWith(PRIVATE_PREFIX)) delete request.headers[name];
  }
  request.headers[PEER_HEADER] = request.socket.remoteAddress ?? "";
}

/**
 * Shared with @quizdeck/db and src/instrumentation.ts under registered symbols
 * (the Next.js bundles load their own copies of the modules): the request
 * being served (packages/db's request-client.ts: its client's signal, read
 * when a statement's turn comes on the embedded database, and whether its
 * render failed because the database was away), and that database's backlog
 * (pglite-turns.ts; absent on PostgreSQL, or until the database is first opened).
 */
globalThis[Symbol.for("quizdeck.request-client")] ??= new AsyncLocalStorage();
const requestClient = globalThis[Symbol.for("quizdeck.request-client")];
const databaseBacklog = () => globalThis[Symbol.for("quizdeck.database-backlog")]?.read() ?? null;

/** A signal aborted when the client hangs up before its reply is written. */
function clientSignal(response) {
  const controller = new AbortController();
  response.once("close", () => {
    if (!response.writableFinished) controller.abort();
  });
  return controller.signal;
}

/**
 * Refuses the request when, on the embedded database, it could not be answered
 * in time (serving/load-shedding.mjs). A server action goes on, marked, to its own
 * form's message (it must not run); the rest are answered here. True when answered.
 */
function shed(request, response, limits, loopDelayMs) {
  const db = databaseBacklog();
  // PostgreSQL (no embedded database open): nothing is shed.
  const load = db ? { expectedWaitMs: expectedWaitMs({ db, loopDelayMs: loopDelayMs() }) } : null;
  const decision = shedDecision(request, load, limits);
  if (!decision) return false;
  if (decision.as === "action") {
    request.headers[SHED_ACTION_HEADER] = String(decision.retryAfterSeconds);
    response.setHeader("retry-after", String(decision.retryAfterSeconds));
    response.setHeader(SHED_HEADER, "1");
    return false;
  }
  const { status, headers, body } = shedReply(decision);
  response.writeHead(status, headers).end(body);
  return true;
}

/** Seconds a client should wait before sending again while the database is away (as the error table's). */
const DATABASE_AWAY_RETRY_AFTER_SECONDS = "2";

/**
 * A page whose data could not be read because the database was away is
 * rendered by Next.js's error boundary with status 500; the App Router lets
 * a page set no other. The API answers such a request 503 with Retry-After
 * (src/server/errors/error-table.ts), and so does a page now: its 500 becomes
 * 503 when src/instrumentation.ts marked the request served (`served.databaseAway`).
 */
function answerDatabaseAwayAs503(response, served) {
  const writeHead = response.writeHead;
  response.writeHead = function writeHeadUnlessAway(status, ...rest) {
    if (status === 500 && served.databaseAway) {
      this.setHeader("retry-after", DATABASE_AWAY_RETRY_AFTER_SECONDS);
      return writeHead.call(this, 503, ...rest);
    }
    return writeHead.call(this, status, ...rest);
  };
}

/** Prepares the build in `dir` and serves it on `port`; resolves once it listens. */
async function serve({ dir, port }) {
  // Loaded here, not at the top: the primary process never needs Next.js.
  const { default: next } = await import("next");
  const app = next({ dev: false, dir, hostname: "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const serveDirectly = await loadDirectRoutes(join(dir, distDirName()));
  const limits = shedLimits(process.env);
  const internalToken = process.env[INTERNAL_TOKEN_ENV];
  if (!internalToken) throw new Error(`${INTERNAL_TOKEN_ENV} is set by the primary process.`);
  // Read only to shed load on the embedded database: no timers on PostgreSQL.
  const loopDelayMs = process.env.DATABASE_URL ? () => 0 : eventLoopDelay();
  const watch = process.env.QUIZDECK_LOG_LOAD
    ? logLoad(process.env.QUIZDECK_LOG_LOAD, { loopDelayMs, databaseBacklog })
    : null;
  const server = createServer((request, response) => {
    watch?.(request, response);
    if (answeredBeforeNext(request, response)) return;
    if (request.headers[INTERNAL_HEADER] !== internalToken) {
      stampPeer(request);
      request.headers[INTERNAL_HEADER] = internalToken;
      if (shed(request, response, limits, loopDelayMs)) return;
    }
    const served = { signal: clientSignal(response), databaseAway: false };
    requestClient.run(served, () => {
      if (serveDirectly(request, response)) return;
      // Only what Next.js renders can fail on a database that is away unanswered: the direct
      // routes answer it themselves (the error table's 503).
      answerDatabaseAwayAs503(response, served);
      handle(request, response).catch((error) => {
        console.error(error);
        if (!response.headersSent) response.writeHead(500).end();
        else response.destroy();
      });
    });
  });
  // Idle keep-alive connections outlive those of the proxies and clients in front (60 s at
  // most, usually), so it is never the server that closes one a client is about to reuse.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, resolve);
  });
  return server;
}

/**
 * SIGTERM or SIGINT: stop taking connections, let the requests in flight end
 * (for a while), then exit normally, so exit hooks run (a CPU profile is written).
 */
function stopGracefully(server) {
  let stopping = false;
  const stop = () => {
    // The signal may come twice (to the process group, then from the primary).
    if (stopping) return;
    stopping = true;
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

/**
 * The primary: starts the workers, each with its share of the cores for
 * password hashing and a thread pool to match, one of them running the
 * memory-fitting worker (serving/worker-env.mjs), and starts a worker again
 * when one dies (unless it died young: then the configuration or the build is
 * at fault, and the server stops with the worker's exit code); the fitter's
 * replacement takes its role. A worker that exits normally was told to stop:
 * the server stops with the last one.
 */
function supervise(count, port) {
  const startedAt = new Map();
  let stopping = false;
  let listening = 0;
  let fitterId;
  const fork = () => {
    const fitter = fitterId === undefined;
    const worker = cluster.fork(
      workerEnv({ count, cores: availableParallelism(), fitter, env: process.env }),
    );
    if (fitter) fitterId = worker.id;
    startedAt.set(worker.id, Date.now());
  };
  cluster.on("listening", () => {
    listening += 1;
    if (listening === count) {
      console.log(`quizdeck is serving on port ${port} (${count} worker${count > 1 ? "s" : ""})`);
    }
  });
  const running = () => Object.keys(cluster.workers ?? {}).length;
  cluster.on("exit", (worker, code, signal) => {
    if (stopping || (code === 0 && !signal)) {
      stopping = true;
      if (running() === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
    startedAt.delete(worker.id);
    if (worker.id === fitterId) fitterId = undefined;
    console.error(`A worker stopped (${signal ?? `exit code ${code}`}) after ${lived} ms.`);
    if (lived < MIN_WORKER_LIFETIME_MS) {
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.kill("SIGTERM");
      process.exitCode = code || 1;
      return;
    }
    fork();
  });
  const stop = (signal) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    if (running() === 0) process.exit(0);
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
  for (let i = 0; i < count; i++) fork();
}

const port = Number(process.env.PORT || 3000);
if (cluster.isPrimary) {
  const problems = configProblems(process.env);
  if (problems.length > 0) {
    console.error(
      `quizdeck will not start:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`,
    );
    process.exit(1);
  }
  process.env.NODE_ENV ||= "production";
  process.env[INTERNAL_TOKEN_ENV] = randomUUID();
  supervise(workerCount(process.env).count, port);
} else {
  const server = await serve({ dir: dirname(fileURLToPath(import.meta.url)), port });
  stopGracefully(server);
}

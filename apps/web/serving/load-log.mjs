// QUIZDECK_LOG_LOAD=<file>: where a slow request waits, measured. Once a
// second each app process appends one JSON line: the embedded database's
// queue (null on PostgreSQL), the event loop's delay as load shedding reads
// it and as this second saw it, the requests in flight and the oldest one's
// age. docs/benchmarks.md reads these to say what shedding keys on.
// Plain JavaScript, as server.mjs is.
import { appendFileSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";

/**
 * Starts the log; returns `watch(request, response)`, to be called on every
 * request so the ones in flight are counted. `loopDelayMs` and
 * `databaseBacklog` are server.mjs's readings.
 */
export function logLoad(file, { loopDelayMs, databaseBacklog }) {
  const inFlight = new Map();
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  setInterval(() => {
    const now = performance.now();
    let oldest = 0;
    for (const started of inFlight.values()) oldest = Math.max(oldest, now - started);
    const db = databaseBacklog();
    const line = {
      at: new Date().toISOString(),
      pid: process.pid,
      dbWaiting: db?.waiting ?? null,
      dbTurnMs: db ? Number(db.turnMs.toFixed(2)) : null,
      dbExpectedWaitMs: db ? Math.round(db.expectedWaitMs) : null,
      shedLoopDelayMs: Math.round(loopDelayMs()),
      loopDelayP99Ms: Math.round(delay.percentile(99) / 1e6),
      loopDelayMaxMs: Math.round(delay.max / 1e6),
      inFlight: inFlight.size,
      oldestInFlightMs: Math.round(oldest),
    };
    delay.reset();
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  }, 1000).unref();
  return (request, response) => {
    inFlight.set(request, performance.now());
    response.once("close", () => inFlight.delete(request));
  };
}

/**
 * Whether `error` means the database could not be reached or dropped the
 * connection (a restart, a failover, a full connection table), as opposed to a
 * fault in the query. Such a request can simply be sent again in a moment, so
 * the web layer answers 503 with Retry-After rather than 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== "object") return false;
    const { kind, code, originalCode, message } = current as Record<string, unknown>;
    if (typeof kind === "string" && UNAVAILABLE_KINDS.has(kind)) return true;
    for (const sqlState of [code, originalCode]) {
      if (typeof sqlState === "string" && isUnavailableSqlState(sqlState)) return true;
    }
    if (typeof message === "string" && UNAVAILABLE_MESSAGES.test(message)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** The driver adapter's names for a lost or refused connection. */
const UNAVAILABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);

/** SQLSTATE classes 08 (connection exception) and 57 (operator intervention: shutdown, starting up), and 53300 (too many connections). */
function isUnavailableSqlState(code: string): boolean {
  return /^(08|57)[0-9A-Z]{3}$/.test(code) || code === "53300";
}

/** What pg and the server say when there is no connection to speak over. */
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection error and is not queryable|ECONNREFUSED|ECONNRESET|not currently accepting connections|the database system is (starting up|shutting down|in recovery mode)|timeout exceeded when trying to connect/i;

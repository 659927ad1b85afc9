/**
 * Whether `error` means the database could not be reached or dropped the
 * connection (a restart, a failover, a full connection table), as opposed to a
 * fault in the query. Such a request can simply be sent again in a moment, so
 * the web layer answers 503 with Retry-After rather than 500.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const { kind, code, originalCode, message, cause, meta } = error as Record<string, unknown>;
  if (typeof kind === "string" && UNAVAILABLE_KINDS.has(kind)) return true;
  for (const sqlState of [code, originalCode]) {
    if (typeof sqlState === "string" && isUnavailableSqlState(sqlState)) return true;
  }
  if (typeof message === "string" && UNAVAILABLE_MESSAGES.test(message)) return true;
  // A raw query's failure (P2010) carries the driver's error in meta, not in cause:
  // a connection terminated mid-transaction (57P01) arrives that way.
  const driverError = (meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
  return isDatabaseUnavailable(cause, depth + 1) || isDatabaseUnavailable(driverError, depth + 1);
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

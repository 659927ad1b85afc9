import { AsyncLocalStorage } from "node:async_hooks";

/** What the server keeps about the HTTP request being served, for the work it does. */
export interface ServedRequest {
  /** Aborted once the client has hung up: its work would be wasted (pglite-turns.ts). */
  signal: AbortSignal;
  /** Set when rendering the request failed because the database was away (apps/web's instrumentation.ts). */
  databaseAway: boolean;
}

/**
 * The request being served. apps/web/server.mjs runs each request inside
 * `requestClient.run(…)`; the embedded database's queue reads the signal when
 * a statement's turn comes. On globalThis under a registered symbol:
 * server.mjs and the Next.js bundles each load their own copy of the modules,
 * and all must share one store.
 */
const KEY = Symbol.for("quizdeck.request-client");

const globalForClient = globalThis as typeof globalThis & {
  [KEY]?: AsyncLocalStorage<ServedRequest>;
};
globalForClient[KEY] ??= new AsyncLocalStorage<ServedRequest>();

export const requestClient: AsyncLocalStorage<ServedRequest> = globalForClient[KEY];

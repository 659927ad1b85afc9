import { AsyncLocalStorage } from "node:async_hooks";

/**
 * The signal of the HTTP request being served, for work that would be wasted
 * once its client has hung up. apps/web/server.mjs runs each request inside
 * `requestClient.run(signal, …)`; the embedded database's queue reads it when
 * a statement's turn comes (pglite-turns.ts). On globalThis under a
 * registered symbol: server.mjs and the Next.js bundles each load their own
 * copy of the modules, and all must share one store.
 */
const KEY = Symbol.for("quizdeck.request-client");

const globalForClient = globalThis as typeof globalThis & {
  [KEY]?: AsyncLocalStorage<AbortSignal>;
};
globalForClient[KEY] ??= new AsyncLocalStorage<AbortSignal>();

export const requestClient: AsyncLocalStorage<AbortSignal> = globalForClient[KEY];

import { isDatabaseUnavailable } from "@quizdeck/db/errors";

/**
 * Next.js calls this once in each server process as it starts. On Node.js it
 * starts the memory-fitting worker in the background (src/server/jobs/); it is
 * loaded here, and only here, because it brings fsrs-rs's native optimizer,
 * which no page or route may load.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Off where a process must run nothing in the background (the statement-counting test).
  if (process.env.QUIZDECK_MEMORY_FITTING === "off") return;
  const { startMemoryFitting } = await import("./server/jobs/memory-fitting");
  startMemoryFitting();
}

/**
 * Next.js calls this when rendering a request failed. A failure because the
 * database was away marks the request, so server.mjs answers its error page
 * with 503 and Retry-After rather than 500 (a student presses reload; nothing
 * is wrong with the page).
 */
export function onRequestError(error: unknown) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (!isDatabaseUnavailable(error)) return;
  // The request server.mjs is serving (packages/db's request-client.ts, a registered symbol).
  const served = (
    globalThis as {
      [key: symbol]: { getStore(): { databaseAway: boolean } | undefined } | undefined;
    }
  )[Symbol.for("quizdeck.request-client")]?.getStore();
  if (served) served.databaseAway = true;
}

/**
 * Thrown instead of running a statement whose HTTP client hung up while it
 * waited for its turn on the embedded database (pglite-turns.ts): nobody would
 * read the result, and a client that gave up sends the request again.
 */
export class ClientGoneError extends Error {
  override readonly name = "ClientGoneError";
  constructor() {
    super("The client hung up before its statement's turn came; it was not run.");
  }
}

/** Whether `error` is, or wraps (Prisma puts a driver's error in `cause`), a ClientGoneError. */
export function isClientGone(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  if (error instanceof ClientGoneError) return true;
  const { name, cause } = error as { name?: unknown; cause?: unknown };
  return name === "ClientGoneError" || isClientGone(cause, depth + 1);
}

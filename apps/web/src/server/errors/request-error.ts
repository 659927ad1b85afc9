/**
 * The web boundary's own refusals, before any use case runs. Together with the
 * store's DataError codes they are the one error set the error table maps.
 */
export type RequestErrorCode =
  | "UNAUTHENTICATED"
  | "CROSS_ORIGIN"
  | "BAD_REQUEST"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "PAYLOAD_TOO_LARGE"
  | "RATE_LIMITED"
  | "METHOD_NOT_ALLOWED"
  | "CLIENT_GONE"
  // The store's code too: the server cannot take the request just now (503, Retry-After).
  | "UNAVAILABLE";

export class RequestError extends Error {
  override readonly name = "RequestError";
  constructor(
    readonly code: RequestErrorCode,
    message: string,
    /** For RATE_LIMITED: seconds until the limit lets the request through. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

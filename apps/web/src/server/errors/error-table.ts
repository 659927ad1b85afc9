import "server-only";
import { isClientGone } from "@quizdeck/db";
import {
  DataError,
  type DataErrorCode,
  InvalidInputError,
  isDatabaseUnavailable,
} from "@quizdeck/db/errors";
import { RequestError, type RequestErrorCode } from "./request-error";

export type ErrorCode = DataErrorCode | RequestErrorCode;

/** Every expected failure, by code, as an HTTP status: the one table routes and actions share. */
export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  // A role that can never do this (a student on a teacher's route), or a relation that ended.
  FORBIDDEN: 403,
  CROSS_ORIGIN: 403,
  // Missing, or someone else's: the two are never told apart (docs/architecture.md).
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  DEADLINE_PASSED: 410,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INVALID_INPUT: 422,
  RATE_LIMITED: 429,
  // Work dropped because its client hung up while it waited its turn: nobody reads this
  // reply (499 is the status proxies log for it).
  CLIENT_GONE: 499,
  UNAVAILABLE: 503,
};

/** Seconds a client should wait before sending again while the database is away. */
const UNAVAILABLE_RETRY_AFTER_SECONDS = 2;

/** The one error body every route answers with. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; fieldErrors?: Record<string, string[]> };
}

export interface DescribedError {
  status: number;
  body: ErrorBody;
  retryAfterSeconds?: number;
}

/**
 * What an error means to the caller, or null when it is a fault of ours (a bug:
 * rethrown, logged, a 500). A lost database connection is a 503 the client
 * retries: nothing was saved.
 */
export function describeError(error: unknown): DescribedError | null {
  if (isClientGone(error)) {
    return {
      status: STATUS_BY_CODE.CLIENT_GONE,
      body: { error: { code: "CLIENT_GONE", message: "The request was abandoned." } },
    };
  }
  if (isDatabaseUnavailable(error)) {
    return {
      status: STATUS_BY_CODE.UNAVAILABLE,
      body: {
        error: {
          code: "UNAVAILABLE",
          message:
            "The database is not reachable just now. Nothing was saved; send the request again in a moment.",
        },
      },
      retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS,
    };
  }
  if (error instanceof DataError || error instanceof RequestError) {
    const fieldErrors = error instanceof InvalidInputError ? error.fieldErrors : undefined;
    return {
      status: STATUS_BY_CODE[error.code],
      body: {
        error: {
          code: error.code,
          message: error.message,
          ...(fieldErrors && Object.keys(fieldErrors).length > 0 ? { fieldErrors } : {}),
        },
      },
      ...(error instanceof RequestError && error.retryAfterSeconds !== undefined
        ? { retryAfterSeconds: error.retryAfterSeconds }
        : {}),
    };
  }
  return null;
}

/** The JSON response for a described error. */
export function errorResponse(described: DescribedError): Response {
  const headers = new Headers({ "cache-control": "no-store" });
  if (described.retryAfterSeconds !== undefined)
    headers.set("retry-after", String(described.retryAfterSeconds));
  return Response.json(described.body, { status: described.status, headers });
}

import "server-only";
import { DataError, isDatabaseUnavailable } from "@quizdeck/db";
import { NextResponse } from "next/server";

const STATUS_BY_CODE = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  CONFLICT: 409,
  INVALID_INPUT: 422,
  DEADLINE_PASSED: 410,
} as const;

export interface ApiErrorBody {
  error: { code: string; message: string; fieldErrors?: Record<string, string[]> };
}

export function jsonError(
  status: number,
  code: string,
  message: string,
  fieldErrors?: Record<string, string[]>,
): NextResponse<ApiErrorBody> {
  return NextResponse.json(
    { error: { code, message, ...(fieldErrors ? { fieldErrors } : {}) } },
    { status },
  );
}

/** Seconds a client should wait before sending again while the database is away. */
const RETRY_AFTER_SECONDS = 2;

/**
 * Turns the data layer's typed errors into a 4xx with the message a person can
 * act on, and a lost database connection into a 503 the client retries; anything
 * else is a real fault and is rethrown (a 500, logged).
 */
export function dataErrorResponse(error: unknown): NextResponse<ApiErrorBody> {
  if (isDatabaseUnavailable(error)) {
    const response = jsonError(
      503,
      "UNAVAILABLE",
      "The database is not reachable just now. Nothing was saved; send the request again in a moment.",
    );
    response.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
    return response;
  }
  if (error instanceof DataError) {
    const fieldErrors =
      "fieldErrors" in error ? (error.fieldErrors as Record<string, string[]>) : undefined;
    return jsonError(STATUS_BY_CODE[error.code], error.code, error.message, fieldErrors);
  }
  throw error;
}

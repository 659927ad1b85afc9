import "server-only";
import type { NextRequest, NextResponse } from "next/server";
import { type CurrentUser, getCurrentUser } from "@/lib/session";
import { type ApiErrorBody, dataErrorResponse, jsonError } from "./json-error";
import { type JsonBody, readJsonBody } from "./read-json-body";
import { isSameOrigin } from "./same-origin";

export type ApiWriteContext = { user: CurrentUser; body: unknown };

/**
 * The common front of every state-changing API route: same origin, signed in,
 * a JSON body of sane size. Returns the response to send instead when any fails.
 */
export async function openApiWrite(
  request: NextRequest,
): Promise<
  { ok: true; context: ApiWriteContext } | { ok: false; response: NextResponse<ApiErrorBody> }
> {
  if (!isSameOrigin(request)) {
    return {
      ok: false,
      response: jsonError(403, "CROSS_ORIGIN", "Cross-origin requests are not allowed."),
    };
  }
  let user: CurrentUser | null;
  try {
    user = await getCurrentUser();
  } catch (error) {
    return { ok: false, response: dataErrorResponse(error) };
  }
  if (!user)
    return { ok: false, response: jsonError(401, "UNAUTHENTICATED", "Sign in to continue.") };
  const body: JsonBody = await readJsonBody(request);
  if (!body.ok) return { ok: false, response: jsonError(body.status, "BAD_BODY", body.message) };
  return { ok: true, context: { user, body: body.value } };
}

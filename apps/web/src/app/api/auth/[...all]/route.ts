import { toNextJsHandler } from "better-auth/next-js";
import type { NextRequest } from "next/server";
import { auth } from "@/lib/auth";

const handlers = toNextJsHandler(auth);

/**
 * Better Auth answers a rate-limited request with 429 and X-Retry-After; the
 * standard header clients and proxies understand is Retry-After, so it is
 * added here.
 */
async function withRetryAfter(response: Response): Promise<Response> {
  const retryAfter = response.headers.get("x-retry-after");
  if (response.status !== 429 || !retryAfter || response.headers.has("retry-after"))
    return response;
  const headers = new Headers(response.headers);
  headers.set("retry-after", retryAfter);
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

export async function GET(request: NextRequest) {
  return withRetryAfter(await handlers.GET(request));
}

export async function POST(request: NextRequest) {
  return withRetryAfter(await handlers.POST(request));
}

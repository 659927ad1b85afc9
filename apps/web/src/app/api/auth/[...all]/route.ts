import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth";
import { defineRoute } from "@/server/route/define-route";

const betterAuth = toNextJsHandler(auth);

/**
 * Better Auth answers a rate-limited request with 429 and X-Retry-After; the
 * standard header clients and proxies understand is Retry-After, so it is
 * added here.
 */
function withRetryAfter(response: Response): Response {
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

/** Better Auth's own endpoints (sign in, sign up, session): it reads the request itself. */
export const GET = defineRoute({
  access: "public",
  async handle({ request }) {
    return withRetryAfter(await betterAuth.GET(request));
  },
});

export const POST = defineRoute({
  access: "public",
  async handle({ request }) {
    return withRetryAfter(await betterAuth.POST(request));
  },
});

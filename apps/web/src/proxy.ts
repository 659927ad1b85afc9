import { type NextRequest, NextResponse } from "next/server";
import {
  contentSecurityPolicy,
  createNonce,
  strictTransportSecurityFor,
} from "@/lib/security/headers";
import { isSameOrigin } from "@/server/http/same-origin";

/**
 * Requests Next.js would answer with a 500 are answered here with a clear 4xx:
 * a path that is not valid percent-encoded UTF-8 (400), a cross-origin server
 * action (403, like the API routes), and an oversized one (413). Everything
 * else passes on with a fresh CSP nonce.
 */
export function proxy(request: NextRequest) {
  if (!isDecodablePath(request.nextUrl.pathname)) {
    return new NextResponse("That address is not valid.", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  if (request.method === "POST" && request.headers.has("next-action")) {
    if (!isSameOrigin(request)) {
      return new NextResponse("Cross-origin requests are not allowed.", {
        status: 403,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    }
    // Likewise a body over the server action limit: Next.js throws (an error, not a status).
    if (Number(request.headers.get("content-length") ?? "0") > MAX_ACTION_BODY_BYTES) {
      return new NextResponse("The request body is too large.", {
        status: 413,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    }
  }
  return withNonce(request);
}

/** Read at run time: the build does not know where it will be served. */
const STRICT_TRANSPORT_SECURITY = strictTransportSecurityFor(process.env.QUIZDECK_ORIGIN);

/**
 * The CSP goes on the request too: that is where Next.js looks for the nonce
 * to put on the scripts it renders. The response carries the same policy,
 * replacing next.config.ts's nonce-less one, and HSTS when the site is https.
 */
function withNonce(request: NextRequest): NextResponse {
  const policy = contentSecurityPolicy(createNonce());
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  if (STRICT_TRANSPORT_SECURITY) {
    response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  }
  return response;
}

function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** Next.js's default `serverActions.bodySizeLimit` (1 MB), which next.config.ts keeps. */
const MAX_ACTION_BODY_BYTES = 1024 * 1024;

/**
 * Pages and server actions: everything but Next's static files and image
 * endpoint, which are never HTML (their 404 is plain text) and keep
 * next.config.ts's nonce-less policy, and but the API routes, which answer
 * JSON: a nonce is of no use to them, and running the proxy cost about a
 * millisecond of CPU on each answer saved. (server.mjs refuses their
 * undecodable paths itself.) Even /favicon.ico comes here: the app has none,
 * so it answers with the HTML 404 page, whose scripts need this request's nonce.
 */
export const config = {
  matcher: ["/((?!_next/static|_next/image|api/).*)"],
};

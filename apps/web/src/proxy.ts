import { type NextRequest, NextResponse } from "next/server";
import { isSameOrigin } from "@/lib/http/same-origin";

/**
 * Next.js refuses a cross-origin server action by throwing (a 500). Answer it
 * here instead, before it reaches the action: a clear 403, like the API routes.
 */
export function proxy(request: NextRequest) {
  if (request.method === "POST" && request.headers.has("next-action") && !isSameOrigin(request)) {
    return new NextResponse("Cross-origin requests are not allowed.", {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};

import { emailField } from "@quizdeck/db/fields";
import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth";
import { clientIp } from "@/lib/client-ip";
import { getCurrentUser } from "@/lib/session";
import { RequestError } from "@/server/errors/request-error";
import { answeredByBetterAuth } from "@/server/http/auth-failures";
import { withClientAddress } from "@/server/http/auth-headers";
import { enforceRateLimit } from "@/server/http/rate-limit";
import { readBodyBytes } from "@/server/http/read-body-bytes";
import { MAX_JSON_BODY_BYTES } from "@/server/http/read-json-body";
import { signInInTurn } from "@/server/http/sign-in-limits";
import { defineRoute } from "@/server/route/define-route";

const betterAuth = toNextJsHandler(auth);

/** The endpoint a request names, under /api/auth ("/sign-in/email"). */
function endpointOf(request: Request): string {
  return new URL(request.url).pathname.replace(/^\/api\/auth/, "");
}

/**
 * The email a sign-in body names, normalised as accounts store it; null when
 * there is none. Better Auth reads JSON and form bodies alike, so both are read
 * here too: a form-encoded guess must meet the same account backoff. Any other
 * body is refused before Better Auth sees it.
 */
async function emailOf(request: Request, body: Uint8Array<ArrayBuffer>): Promise<string | null> {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  let email: unknown = null;
  try {
    if (type === "application/json") {
      const parsed: unknown = JSON.parse(new TextDecoder().decode(body));
      email = typeof parsed === "object" && parsed ? (parsed as { email?: unknown }).email : null;
    } else if (type === "application/x-www-form-urlencoded" || type === "multipart/form-data") {
      email = (await withBody(request, body).formData()).get("email");
    } else {
      throw new RequestError(
        "UNSUPPORTED_MEDIA_TYPE",
        "Send the sign-in as JSON or as a form (application/json or application/x-www-form-urlencoded).",
      );
    }
  } catch (error) {
    if (error instanceof RequestError) throw error;
    return null;
  }
  const parsed = emailField.safeParse(email);
  return parsed.success ? parsed.data : null;
}

/** The request again, with its body as already read (and bounded) here. */
function withBody(
  request: Request,
  body: Uint8Array<ArrayBuffer>,
  headers = request.headers,
): Request {
  return new Request(request.url, { method: request.method, headers, body });
}

/**
 * The request as Better Auth gets it: with the client address we worked out,
 * never one the client sent, and with the body read here within our limit
 * (Better Auth would read any size).
 */
function forBetterAuth(request: Request, address: string, body: Uint8Array<ArrayBuffer>): Request {
  return withBody(request, body, withClientAddress(request.headers, address));
}

/**
 * Better Auth knows only the idle timeout: a session past the absolute one is
 * ended (by getCurrentUser) before any of its endpoints can use or extend it.
 */
async function endSessionIfTooOld(request: Request): Promise<void> {
  if (request.headers.has("cookie")) await getCurrentUser();
}

/**
 * Better Auth's own endpoints (sign in, sign up, session, update-user). It
 * reads the request itself; our limits run first, keyed on the address
 * lib/client-ip.ts trusts: sign-in as the sign-in form's action does
 * (address window, account backoff), sign-up per address, anything else a
 * per-address ceiling.
 */
export const GET = defineRoute({
  access: "public",
  async handle({ request }) {
    const address = await clientIp();
    await enforceRateLimit("auth-address", address);
    await endSessionIfTooOld(request);
    return answeredByBetterAuth(() =>
      betterAuth.GET(
        new Request(request, { headers: withClientAddress(request.headers, address) }),
      ),
    );
  },
});

export const POST = defineRoute({
  access: "public",
  async handle({ request }) {
    const address = await clientIp();
    const endpoint = endpointOf(request);
    const body = await readBodyBytes(request, MAX_JSON_BODY_BYTES);
    if (endpoint === "/sign-in/email") {
      const email = await emailOf(request, body);
      return signInInTurn(
        { address, email, client: request.signal },
        () => answeredByBetterAuth(() => betterAuth.POST(forBetterAuth(request, address, body))),
        (response) => response.ok,
      );
    }
    if (endpoint === "/sign-up/email") {
      await enforceRateLimit(
        "sign-up-address",
        address,
        "Too many new accounts from this network. Try again in {seconds} seconds.",
      );
    } else {
      await enforceRateLimit("auth-address", address);
      await endSessionIfTooOld(request);
    }
    return answeredByBetterAuth(() => betterAuth.POST(forBetterAuth(request, address, body)));
  },
});

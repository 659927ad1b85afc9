import "server-only";
import { getDb } from "@quizdeck/db";
import { endSession } from "@quizdeck/db/user";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { isPastAbsoluteTimeout } from "@/server/policy/sessions";
import { auth } from "./auth";
import { readCachedSession, type SessionCookieNames } from "./session-cookie";
import { keepTimeZone } from "./time-zone";

export type Role = "student" | "teacher";
export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  admin: boolean;
  /** The time zone last stored for them; null until their browser has reported one. */
  timeZone: string | null;
}

/** A request's session as its headers show it: the user, and any cookie Better Auth renewed on the way. */
export interface SessionRead {
  user: CurrentUser | null;
  /** Set-Cookie values for the reply: a renewed cookie cache, or none. */
  setCookies: string[];
}

/**
 * The signed-in user of a request with these headers. Read from Better
 * Auth's signed cookie cache without a query while it is fresh
 * (SESSION_POLICY.cookieCacheSeconds), otherwise from Better Auth, which reads
 * the session's row and renews the cache (returned as `setCookies`, so a
 * route served outside Next.js's request scope renews it too; see
 * server.mjs). A session past its absolute lifetime is ended here (Better
 * Auth only knows the idle one). Takes the headers, not Next.js's
 * `headers()`, so route handlers run the same wherever they are served from.
 */
export async function sessionOf(requestHeaders: Headers): Promise<SessionRead> {
  const { names, secret } = await cookieSettings();
  const cached = readCachedSession(requestHeaders.get("cookie"), names, secret);
  if (cached && !isPastAbsoluteTimeout(new Date(cached.session.createdAt))) {
    return { user: currentUser(cached.user), setCookies: [] };
  }
  const { headers: replyHeaders, response: session } = await auth.api.getSession({
    headers: requestHeaders,
    returnHeaders: true,
  });
  const setCookies = replyHeaders?.getSetCookie() ?? [];
  if (!session) return { user: null, setCookies };
  if (isPastAbsoluteTimeout(new Date(session.session.createdAt))) {
    await endSession(getDb(), { sessionId: session.session.id });
    return { user: null, setCookies: [] };
  }
  return { user: currentUser(session.user), setCookies };
}

/**
 * For pages and server actions: the signed-in user, once per request; null
 * for visitors. A renewed cookie cache reaches the browser through Better
 * Auth's Next.js cookie plugin here.
 */
export const getCurrentUser = cache(
  async (): Promise<CurrentUser | null> => (await sessionOf(await headers())).user,
);

function currentUser(user: {
  id: string;
  name: string;
  email: string;
  role?: unknown;
  admin?: unknown;
  timeZone?: unknown;
}): CurrentUser {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role === "teacher" ? "teacher" : "student",
    admin: user.admin === true,
    timeZone: typeof user.timeZone === "string" ? user.timeZone : null,
  };
}

let settings: Promise<{ names: SessionCookieNames; secret: string }> | undefined;

/** Better Auth's cookie names (they depend on the origin's scheme) and secret, read once. */
function cookieSettings() {
  settings ??= auth.$context.then((context) => ({
    names: {
      token: context.authCookies.sessionToken.name,
      data: context.authCookies.sessionData.name,
    },
    secret: context.secret,
  }));
  return settings;
}

/** Where a user of `role` starts: their home page. */
export function homeFor(role: Role): string {
  return role === "teacher" ? "/teach" : "/home";
}

/**
 * For pages: the signed-in user, or a redirect to sign in (back to `returnTo`
 * afterwards). Every signed-in page passes here, so here the browser's time
 * zone is kept with the account (`keepTimeZone`).
 */
export async function requireUser(returnTo: string, role?: Role): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  if (role && user.role !== role) redirect(homeFor(user.role));
  await keepTimeZone(user);
  return user;
}

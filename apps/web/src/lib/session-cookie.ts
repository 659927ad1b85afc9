import { createHmac, createSecretKey, type KeyObject, timingSafeEqual } from "node:crypto";

/** The session and user as Better Auth's cookie cache holds them (dates as ISO text). */
interface CachedSession {
  session: { id: string; token: string; userId: string; expiresAt: string; createdAt: string };
  user: {
    id: string;
    name: string;
    email: string;
    role?: unknown;
    admin?: unknown;
    timeZone?: unknown;
  };
}

export interface SessionCookieNames {
  /** The signed session token (`better-auth.session_token`, `__Secure-` on https). */
  token: string;
  /** The signed cache of the session and user (`better-auth.session_data`). */
  data: string;
}

/**
 * The session Better Auth's own cookie cache vouches for, checked here without
 * a query and without Better Auth's endpoint machinery: two HMAC-SHA256
 * signatures by the app's secret, computed synchronously (Better Auth checks
 * the same through WebCrypto on libuv's thread pool, behind a class's
 * password hashes, and costs milliseconds per request with its router).
 * Exactly what Better Auth's `getSession` accepts from the cache (the compact
 * format): the token cookie signed, the cache signed and unexpired, for that
 * token, version "1", its session unexpired. Anything else (no cache, an
 * expired one, a cache split over several cookies) is null, and the caller
 * asks Better Auth, which reads the database and writes a fresh cache.
 */
export function readCachedSession(
  cookieHeader: string | null,
  names: SessionCookieNames,
  secret: string,
  now: number = Date.now(),
): CachedSession | null {
  if (!cookieHeader) return null;
  const cookies = parseCookies(cookieHeader);
  const token = verifiedToken(cookies.get(names.token), secret);
  const data = cookies.get(names.data);
  if (!token || !data) return null;
  const cache = verifiedCache(data, secret);
  if (!cache || cache.expiresAt < now) return null;
  const { session, user, version } = cache.session;
  if (!session || !user || session.token !== token || (version ?? "1") !== "1") return null;
  const expiresAt = Date.parse(session.expiresAt);
  if (!Number.isFinite(expiresAt) || expiresAt < now) return null;
  return { session, user };
}

/** Cookie values by name, the first of a repeated name winning, percent-decoded (as Better Auth reads them). */
function parseCookies(header: string): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of header.split(";")) {
    const equals = pair.indexOf("=");
    if (equals < 0) continue;
    const name = pair.slice(0, equals).trim();
    if (cookies.has(name)) continue;
    let value = pair.slice(equals + 1).trim();
    if (value.startsWith('"')) value = value.slice(1, -1);
    try {
      cookies.set(name, decodeURIComponent(value));
    } catch {
      cookies.set(name, value);
    }
  }
  return cookies;
}

/** The secret as a key object, made once: making one per request cost as much as the HMAC itself. */
const keys = new Map<string, KeyObject>();

function hmac(secret: string, text: string): Buffer {
  let key = keys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret, "utf8"));
    keys.set(secret, key);
  }
  return createHmac("sha256", key).update(text).digest();
}

function sameBytes(expected: Buffer, given: Buffer): boolean {
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** The token of a signed cookie, `token.base64(HMAC)`, when the signature holds. */
function verifiedToken(value: string | undefined, secret: string): string | null {
  if (!value) return null;
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  if (signature.length !== 44 || !signature.endsWith("=")) return null;
  return sameBytes(hmac(secret, token), Buffer.from(signature, "base64")) ? token : null;
}

interface CompactCache {
  session: { session?: CachedSession["session"]; user?: CachedSession["user"]; version?: string };
  expiresAt: number;
  signature: string;
}

/** The cache cookie, base64url JSON `{session, expiresAt, signature}`, when its signature holds. */
function verifiedCache(value: string, secret: string): CompactCache | null {
  let cache: CompactCache;
  try {
    cache = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (
    typeof cache !== "object" ||
    cache === null ||
    typeof cache.session !== "object" ||
    cache.session === null ||
    typeof cache.expiresAt !== "number" ||
    typeof cache.signature !== "string"
  ) {
    return null;
  }
  const signed = JSON.stringify({ ...cache.session, expiresAt: cache.expiresAt });
  return sameBytes(hmac(secret, signed), Buffer.from(cache.signature, "base64url")) ? cache : null;
}

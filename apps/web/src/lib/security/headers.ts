/**
 * The security headers, in one place for next.config.ts (every response,
 * static assets included) and the proxy (every page and route handler, with a
 * per-request nonce). No imports: next.config.ts loads this before Next.js has
 * set up the app's path aliases.
 */

/** Sent with every response, whatever produced it. */
export const STATIC_SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/**
 * HTTP Strict Transport Security, for a site whose public origin is https:
 * browsers then refuse plain http to it for a year (subdomains included, as
 * a school's quiz host rarely shares its name with plain-http services).
 * Never over plain http: a local demo on http://localhost must stay reachable.
 */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

export function strictTransportSecurityFor(origin: string | undefined): string | null {
  return origin?.startsWith("https://") ? STRICT_TRANSPORT_SECURITY : null;
}

/**
 * The Content-Security-Policy. Everything the app loads is its own: no CDN,
 * no web font, no analytics.
 *
 * - Scripts: only those carrying this request's nonce, and whatever they load
 *   ('strict-dynamic': Next.js loads its chunks from its bootstrap script).
 *   Next.js reads the nonce from this same header on the request and puts it
 *   on every script it renders. 'self' is ignored by browsers that understand
 *   'strict-dynamic'; it keeps older ones working. Without a nonce (responses
 *   the proxy never sees: static files) no inline script may run at all.
 * - Styles: <style> elements and stylesheets only from our origin; no
 *   'unsafe-inline' there. Style *attributes* stay allowed (style-src-attr):
 *   pages render React `style={{…}}` props into the server HTML as style="…"
 *   attributes, which no nonce can cover, and blocking them would strip that
 *   layout before hydration. An attribute can restyle its own element but not
 *   run script or fetch from elsewhere (img-src and font-src still apply).
 */
export function contentSecurityPolicy(nonce?: string): string {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 128 random bits, base64: unguessable, and fresh for every request. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

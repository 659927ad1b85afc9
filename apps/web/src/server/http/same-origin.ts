/**
 * State-changing requests must come from our own pages. Browsers send Origin
 * on every cross-site POST, so a missing or foreign Origin is refused (server
 * actions get this check in the proxy, routes in their wrapper).
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Names of this machine: the app opened as any of them is the same app. */
const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

/**
 * The origins the app may be reached at: the configured one and, when it is
 * a loopback name, the same port and scheme under the other loopback names
 * (the app opened as 127.0.0.1 while configured as localhost).
 */
export function allowedOrigins(configured: string): string[] {
  const url = new URL(configured);
  if (!LOOPBACK_HOSTS.includes(url.hostname)) return [url.origin];
  const port = url.port ? `:${url.port}` : "";
  return [
    url.origin,
    ...LOOPBACK_HOSTS.filter((host) => host !== url.hostname).map(
      (host) => `${url.protocol}//${host}${port}`,
    ),
  ];
}

/**
 * The origin for links people share (a class's join link): the one the
 * request came in on when it is allowed, so a link copied from the page opens
 * where the teacher (and their students) are signed in; else the configured one.
 */
export function shareableOrigin(
  request: { host: string | null; forwardedHost: string | null; forwardedProto: string | null },
  configured: string,
): string {
  const host = request.forwardedHost ?? request.host;
  if (!host) return new URL(configured).origin;
  const protocol = request.forwardedProto ?? new URL(configured).protocol.replace(/:$/, "");
  let requested: string;
  try {
    requested = new URL(`${protocol}://${host}`).origin;
  } catch {
    return new URL(configured).origin;
  }
  return allowedOrigins(configured).includes(requested) ? requested : new URL(configured).origin;
}

import "server-only";

/**
 * The header Better Auth reads the client address from (for the sessions it
 * records): always set by us from lib/client-ip.ts, over whatever the client
 * sent, before Better Auth sees the request.
 */
export const CLIENT_IP_HEADER = "x-quizdeck-client-ip";

export function withClientAddress(source: Headers, address: string): Headers {
  const copy = new Headers(source);
  copy.set(CLIENT_IP_HEADER, address);
  return copy;
}

import "server-only";
import ipaddr from "ipaddr.js";
import { headers } from "next/headers";
import proxyaddr from "proxy-addr";
import { env } from "@/env";

/** Set by server.mjs on every request from the socket's peer address; no client can set it. */
export const PEER_HEADER = "x-quizdeck-peer";

type TrustedProxies = ReturnType<typeof proxyaddr.compile>;
const trusted: TrustedProxies = proxyaddr.compile(env.trustedProxies);

/**
 * The caller's address for rate limiting. The TCP peer, unless the peer is a
 * trusted proxy (QUIZDECK_TRUSTED_PROXIES): then X-Forwarded-For is walked from
 * the right past trusted hops, and the first untrusted one is the client (what
 * Express's `trust proxy` does, with the same library). Hops to its left are
 * the client's own claims and never count. IPv6 clients are keyed by their /64,
 * which one subscriber usually holds whole, so rotating within it buys nothing.
 */
export function clientIpFrom(list: Headers, trust: TrustedProxies = trusted): string {
  const peer = list.get(PEER_HEADER);
  // `next dev` has no server.mjs in front: every request shares one bucket there.
  if (!peer) return "unknown-peer";
  const forwardedFor = list.get("x-forwarded-for");
  const request = {
    connection: { remoteAddress: peer },
    socket: { remoteAddress: peer },
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
  };
  return rateLimitKey(proxyaddr(request as unknown as Parameters<typeof proxyaddr>[0], trust));
}

export async function clientIp(): Promise<string> {
  return clientIpFrom(await headers());
}

function rateLimitKey(address: string): string {
  if (!ipaddr.isValid(address)) return `not-an-address:${address.slice(0, 64)}`;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === "ipv4") return parsed.toString();
  const prefix = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `${prefix.join(":")}::/64`;
}

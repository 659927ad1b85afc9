import proxyaddr from "proxy-addr";
import { describe, expect, it } from "vitest";
import { clientIpFrom, PEER_HEADER } from "./client-ip";

const request = (peer: string | null, forwardedFor?: string) => {
  const list = new Headers();
  if (peer !== null) list.set(PEER_HEADER, peer);
  if (forwardedFor !== undefined) list.set("x-forwarded-for", forwardedFor);
  return list;
};
const NOBODY = proxyaddr.compile([]);
const PROXY = proxyaddr.compile(["10.0.0.2", "192.168.7.0/24"]);

describe("the client address", () => {
  it("is the TCP peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientIpFrom(request("203.0.113.9", "1.2.3.4"), NOBODY)).toBe("203.0.113.9");
    expect(clientIpFrom(request("::ffff:203.0.113.9"), NOBODY)).toBe("203.0.113.9");
  });

  it("comes from X-Forwarded-For only through a trusted peer, as the first untrusted hop from the right", () => {
    expect(clientIpFrom(request("10.0.0.2", "198.51.100.4"), PROXY)).toBe("198.51.100.4");
    // The client's own claim sits left of what the proxy appended: it never counts.
    expect(clientIpFrom(request("10.0.0.2", "1.2.3.4, 198.51.100.4"), PROXY)).toBe("198.51.100.4");
    // Proxies in a chain are skipped while trusted.
    expect(clientIpFrom(request("10.0.0.2", "198.51.100.4, 192.168.7.5"), PROXY)).toBe(
      "198.51.100.4",
    );
    // An untrusted peer's header is ignored.
    expect(clientIpFrom(request("203.0.113.9", "198.51.100.4"), PROXY)).toBe("203.0.113.9");
  });

  it("keys an IPv6 client by its /64, in one spelling", () => {
    expect(clientIpFrom(request("2001:db8:0:1::abcd"), NOBODY)).toBe("2001:db8:0:1::/64");
    expect(clientIpFrom(request("2001:0DB8:0000:0001:ffff::1"), NOBODY)).toBe("2001:db8:0:1::/64");
  });

  it("shares one bucket when no server stamped the peer (next dev), and marks junk forwarded by a proxy", () => {
    expect(clientIpFrom(request(null, "1.2.3.4"), PROXY)).toBe("unknown-peer");
    expect(clientIpFrom(request("10.0.0.2", "not-an-ip"), PROXY)).toBe("not-an-address:not-an-ip");
  });
});

import { describe, expect, it } from "vitest";
import { allowedOrigins, shareableOrigin } from "./shareable-origin";

const request = (
  host: string | null,
  forwardedHost: string | null = null,
  proto: string | null = null,
) => ({
  host,
  forwardedHost,
  forwardedProto: proto,
});

describe("shareable links", () => {
  it("follow the loopback name the app was opened as", () => {
    const configured = "http://localhost:3000";
    expect(shareableOrigin(request("127.0.0.1:3000"), configured)).toBe("http://127.0.0.1:3000");
    expect(shareableOrigin(request("localhost:3000"), configured)).toBe("http://localhost:3000");
    expect(shareableOrigin(request("[::1]:3000"), configured)).toBe("http://[::1]:3000");
    expect(allowedOrigins(configured)).toHaveLength(3);
  });

  it("fall back to the configured origin for any host that is not allowed", () => {
    const configured = "http://localhost:3000";
    expect(shareableOrigin(request("evil.example:3000"), configured)).toBe(configured);
    expect(shareableOrigin(request("127.0.0.1:4000"), configured)).toBe(configured);
    expect(shareableOrigin(request(null), configured)).toBe(configured);
    expect(shareableOrigin(request("bad host/"), configured)).toBe(configured);
  });

  it("use the proxy's forwarded host and scheme when they name the configured origin", () => {
    const configured = "https://quiz.example.org";
    expect(allowedOrigins(configured)).toEqual([configured]);
    expect(
      shareableOrigin(request("127.0.0.1:3000", "quiz.example.org", "https"), configured),
    ).toBe(configured);
    expect(shareableOrigin(request("quiz.example.org", null, "http"), configured)).toBe(configured);
    expect(shareableOrigin(request("127.0.0.1:3000"), configured)).toBe(configured);
  });
});

import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, strictTransportSecurityFor } from "./headers";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((directive) => {
      const [name = "", ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe("content security policy", () => {
  it("lets scripts run only with the request's nonce, and what they load", () => {
    const policy = directives(contentSecurityPolicy("abc123=="));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
  });

  it("allows no inline script or <style> element, only style attributes", () => {
    for (const policy of [contentSecurityPolicy("abc123=="), contentSecurityPolicy()]) {
      const parsed = directives(policy);
      expect(parsed.get("script-src")).not.toContain("'unsafe-inline'");
      expect(parsed.get("style-src")).toEqual(["'self'"]);
      expect(parsed.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
      expect(policy).not.toContain("'unsafe-eval'");
    }
  });

  it("without a nonce, allows only our own script files", () => {
    expect(directives(contentSecurityPolicy()).get("script-src")).toEqual(["'self'"]);
  });

  it("keeps everything else to our own origin, and no framing, plugins or base changes", () => {
    const policy = directives(contentSecurityPolicy("abc123=="));
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("font-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  });
});

describe("nonce", () => {
  it("is 128 random bits in base64, different every time", () => {
    const nonces = Array.from({ length: 100 }, createNonce);
    for (const nonce of nonces) {
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    }
    expect(new Set(nonces).size).toBe(nonces.length);
  });
});

describe("strict transport security", () => {
  it("is sent for an https origin only, for at least a year", () => {
    expect(strictTransportSecurityFor("https://quiz.example.org")).toMatch(/^max-age=31536000\b/);
    expect(strictTransportSecurityFor("http://localhost:3000")).toBeNull();
    expect(strictTransportSecurityFor(undefined)).toBeNull();
  });
});

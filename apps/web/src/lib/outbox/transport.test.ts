import { describe, expect, it } from "vitest";
import { jsonPoster } from "./transport";

const now = () => Date.parse("2026-03-02T10:00:00Z");

function fakeFetch(respond: (init: RequestInit) => Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return respond(init ?? {});
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

describe("jsonPoster", () => {
  it("POSTs JSON to the app's own origin, refusing redirects, and reads a JSON reply", async () => {
    const server = fakeFetch(async () => Response.json({ status: "saved" }, { status: 200 }));
    const post = jsonPoster({ fetch: server.fetch, now });
    await expect(post("/api/x", { a: 1 })).resolves.toEqual({
      status: 200,
      body: { status: "saved" },
      retryAfterMs: null,
    });
    expect(server.calls[0]?.url).toBe("/api/x");
    expect(server.calls[0]?.init).toMatchObject({
      method: "POST",
      body: '{"a":1}',
      credentials: "same-origin",
      cache: "no-store",
      redirect: "error",
    });
  });

  it("passes Retry-After on, and marks a body that is not JSON", async () => {
    const server = fakeFetch(
      async () =>
        new Response("<html>busy</html>", { status: 503, headers: { "retry-after": "7" } }),
    );
    await expect(jsonPoster({ fetch: server.fetch, now })("/api/x", {})).resolves.toEqual({
      status: 503,
      body: undefined,
      retryAfterMs: 7_000,
    });
  });

  it("turns a network failure into no reply", async () => {
    const server = fakeFetch(async () => {
      throw new TypeError("Failed to fetch");
    });
    await expect(jsonPoster({ fetch: server.fetch })("/api/x", {})).resolves.toBeNull();
  });

  it("gives up on a request that takes longer than the timeout", async () => {
    const server = fakeFetch(
      (init) =>
        new Promise<Response>((_, reject) => {
          init.signal?.addEventListener("abort", () => reject(new DOMException("", "AbortError")));
        }),
    );
    await expect(
      jsonPoster({ fetch: server.fetch, timeoutMs: 5 })("/api/x", {}),
    ).resolves.toBeNull();
  });
});

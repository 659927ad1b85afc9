import { parseRetryAfter, REQUEST_TIMEOUT_MS, type Reply } from "./retry-policy";

export type PostJson = (path: string, body: unknown) => Promise<Reply>;

export interface TransportOptions {
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  now?: () => number;
}

/**
 * POSTs JSON to the app's own API and reads the reply, within a timeout that
 * covers the body too. Never throws: no reply (in time) is null.
 * Redirects are refused (the API never redirects; a sign-in page or a portal
 * answering instead must not pass for a save).
 */
export function jsonPoster(options: TransportOptions = {}): PostJson {
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  const now = options.now ?? Date.now;
  return async (path, body) => {
    const send = options.fetch ?? globalThis.fetch;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await send(path, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
        credentials: "same-origin",
        cache: "no-store",
        redirect: "error",
        signal: controller.signal,
      });
      const text = await response.text();
      return {
        status: response.status,
        body: parseJson(text),
        retryAfterMs: parseRetryAfter(response.headers.get("retry-after"), now()),
      };
    } catch {
      return null;
    } finally {
      clearTimeout(timer);
    }
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

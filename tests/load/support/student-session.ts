/** One request's outcome as the load driver sees it. */
export interface Exchange {
  status: number;
  ms: number;
  /** The parsed JSON body when the reply was JSON, else null. */
  json: unknown;
  /** The body as text (a server action's reply is React's stream, not JSON). */
  text: string;
  headers: Headers;
}

/** Thrown when no reply came at all (refused or reset connection, timeout). */
export class NoReply extends Error {
  override readonly name = "NoReply";
}

/** How long a request waits for its reply before it counts as none (and is sent again). */
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * A cookie-keeping HTTP client acting as one student, as the browser would:
 * same-origin writes, the session cookie Better Auth sets, and an address of
 * its own (X-Forwarded-For) as students behind a school's proxy have.
 */
export class StudentSession {
  private readonly cookies = new Map<string, string>();

  constructor(
    private baseUrl: string,
    readonly address: string,
  ) {}

  /** Moves to another app instance: the session cookie must be valid there too. */
  switchTo(baseUrl: string) {
    this.baseUrl = baseUrl;
  }

  async request(
    method: "GET" | "POST",
    path: string,
    options: {
      json?: unknown;
      headers?: Record<string, string>;
      body?: FormData;
      timeoutMs?: number;
    } = {},
  ): Promise<Exchange> {
    const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
    const headers: Record<string, string> = { "x-forwarded-for": this.address, ...options.headers };
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    }
    let body: string | FormData | undefined = options.body;
    if (method === "POST") headers.origin = this.baseUrl;
    if (options.json !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(options.json);
    }
    const started = performance.now();
    // One deadline for the whole exchange, headers and body, enforced by our own
    // timer as well as by the abort signal: a stuck request must become a retry.
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        abort.abort();
        reject(new NoReply(`${method} ${path}: no reply within ${timeoutMs} ms`));
      }, timeoutMs);
    });
    let response: Response;
    let text: string;
    try {
      const exchange = (async () => {
        const reply = await fetch(new URL(path, this.baseUrl), {
          method,
          headers,
          body,
          redirect: "manual",
          signal: abort.signal,
        });
        return { reply, text: await reply.text() };
      })();
      ({ reply: response, text } = await Promise.race([exchange, deadline]));
    } catch (error) {
      if (error instanceof NoReply) throw error;
      throw new NoReply(`${method} ${path}: ${(error as Error).message}`);
    } finally {
      clearTimeout(timer);
    }
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const separator = pair?.indexOf("=") ?? -1;
      if (pair && separator > 0)
        this.cookies.set(pair.slice(0, separator), pair.slice(separator + 1));
    }
    const ms = performance.now() - started;
    const json = response.headers.get("content-type")?.includes("application/json")
      ? (JSON.parse(text) as unknown)
      : null;
    return { status: response.status, ms, json, text, headers: response.headers };
  }

  /** A server action called the way React's client calls one (form fields prefixed "_1_"). */
  callAction(actionId: string, fields: Record<string, string>): Promise<Exchange> {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(`_1_${name}`, value);
    body.append("0", JSON.stringify([{}, "$K1"]));
    return this.request("POST", "/", {
      body,
      headers: { "next-action": actionId, accept: "text/x-component" },
    });
  }
}

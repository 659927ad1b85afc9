import { inject } from "vitest";
import { fetchFrom } from "./local-fetch.ts";

// Test files run in separate module contexts: a random second octet keeps their addresses apart.
const NETWORK = 1 + Math.floor(Math.random() * 250);
let forwardedFor = 0;

/** Stands for the form's fields in a server action's argument list. */
export const FORM_DATA = Symbol("form data");

export interface SendOptions {
  /** A string or raw bytes, sent as is (no JSON encoding). */
  body?: string | Uint8Array;
  /** null sends no Content-Type; by default application/json when there is a body. */
  contentType?: string | null;
  /** null sends no Origin; by default the app's own (never on GET). */
  origin?: string | null;
  /** Sends the body in chunks, without a Content-Length. */
  stream?: boolean;
}

export interface HttpClientOptions {
  /** The server to talk to; by default the one the whole run shares. */
  baseUrl?: string;
  /** The Origin its requests carry, as the app's own pages would send it; by default the base URL's. */
  origin?: string;
  /**
   * Connect from this loopback address (127.x.y.z), so the server sees a TCP
   * peer of its own, as it would see another machine.
   */
  localAddress?: string;
  /** The X-Forwarded-For header; by default a made-up address of its own, null for none. */
  forwardedFor?: string | null;
}

/**
 * A cookie-keeping HTTP client acting as one person, for tests that need no
 * browser. By default each client claims its own address (X-Forwarded-For),
 * which the shared test server believes because it trusts its loopback peer
 * as a proxy: per-address rate limits then do not couple unrelated tests.
 */
export class HttpClient {
  readonly baseUrl: string;
  readonly origin: string;
  readonly address: string | null;
  private readonly localAddress: string | undefined;
  private readonly cookies = new Map<string, string>();

  constructor(options: HttpClientOptions = {}) {
    this.baseUrl = options.baseUrl ?? inject("baseUrl");
    this.origin = options.origin ?? new URL(this.baseUrl).origin;
    forwardedFor += 1;
    this.address =
      options.forwardedFor === undefined
        ? `10.${NETWORK}.${Math.floor(forwardedFor / 250)}.${forwardedFor % 250}`
        : options.forwardedFor;
    this.localAddress = options.localAddress;
  }

  private fetch(url: URL, init: RequestInit): Promise<Response> {
    return this.localAddress ? fetchFrom(this.localAddress, url, init) : fetch(url, init);
  }

  private headers(): Record<string, string> {
    const headers: Record<string, string> = {};
    if (this.address !== null) headers["x-forwarded-for"] = this.address;
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    }
    return headers;
  }

  private keepCookies(response: Response): Response {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const separator = pair?.indexOf("=") ?? -1;
      if (pair && separator > 0)
        this.cookies.set(pair.slice(0, separator), pair.slice(separator + 1));
    }
    return response;
  }

  /** Sets a cookie as the browser's script would (the value sent as given). */
  setCookie(name: string, value: string) {
    this.cookies.set(name, value);
  }

  /** Any request, including bodies that are not JSON at all (raw bytes, a wrong Content-Type, a stream). */
  async send(method: string, path: string, options: SendOptions = {}): Promise<Response> {
    const headers = this.headers();
    const origin = options.origin === undefined ? this.origin : options.origin;
    if (method !== "GET" && origin !== null) headers.origin = origin;
    const contentType =
      options.contentType === undefined
        ? options.body === undefined
          ? null
          : "application/json"
        : options.contentType;
    if (contentType !== null) headers["content-type"] = contentType;
    const body =
      options.stream && options.body !== undefined ? chunked(options.body) : options.body;
    const response = await this.fetch(new URL(path, this.baseUrl), {
      method,
      headers,
      body,
      redirect: "manual",
      ...(options.stream ? { duplex: "half" } : {}),
    } as RequestInit);
    return this.keepCookies(response);
  }

  get(path: string) {
    return this.send("GET", path);
  }

  post(path: string, json: unknown, origin?: string | null) {
    return this.send("POST", path, { body: JSON.stringify(json), origin });
  }

  /**
   * Calls a server action the way React's client does: POST with the
   * Next-Action header and the arguments in React's reply encoding (a
   * FormData argument becomes fields prefixed "_1_" and the reference "$K1";
   * a string starting with "$" is escaped as "$$"). Fields may repeat a name.
   */
  async callAction(
    actionId: string,
    args: unknown[],
    fields: Record<string, string> | [string, string][],
    origin: string = this.origin,
  ) {
    const body = new FormData();
    for (const [name, value] of Array.isArray(fields) ? fields : Object.entries(fields)) {
      body.append(`_1_${name}`, value);
    }
    const encoded = args.map((arg) =>
      arg === FORM_DATA ? "$K1" : typeof arg === "string" && arg.startsWith("$") ? `$${arg}` : arg,
    );
    body.append("0", JSON.stringify(encoded));
    const response = await this.fetch(new URL("/", this.baseUrl), {
      method: "POST",
      headers: { ...this.headers(), "next-action": actionId, origin, accept: "text/x-component" },
      body,
      redirect: "manual",
    });
    return this.keepCookies(response);
  }

  async signIn(email: string, password: string) {
    const response = await this.post("/api/auth/sign-in/email", { email, password });
    if (!response.ok)
      throw new Error(`sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  }

  async signUp(name: string, email: string, password: string, role: "student" | "teacher") {
    const response = await this.post("/api/auth/sign-up/email", { name, email, password, role });
    if (!response.ok)
      throw new Error(`sign-up as ${email} failed: ${response.status} ${await response.text()}`);
  }
}

function chunked(body: string | Uint8Array): ReadableStream<Uint8Array> {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, offset + 64 * 1024));
      offset += 64 * 1024;
    },
  });
}

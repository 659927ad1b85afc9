import fc from "fast-check";
import { expect, inject } from "vitest";

// Its own range of client addresses, apart from HttpClient's 10.x (per-address rate limits).
const NETWORK = 1 + Math.floor(Math.random() * 250);
let forwardedFor = 0;

export interface SendOptions {
  /** A string or raw bytes, sent as is (no JSON encoding). */
  body?: string | Uint8Array;
  /** null sends no Content-Type; by default application/json when there is a body. */
  contentType?: string | null;
  /** null sends no Origin; by default the app's own. */
  origin?: string | null;
  /** Sends the body in chunks, without a Content-Length. */
  stream?: boolean;
}

/**
 * A cookie-keeping client like HttpClient, which can also send bodies that are
 * not JSON at all (invalid UTF-8 bytes, truncated JSON, a wrong Content-Type),
 * and server-action forms with repeated field names.
 */
export class FuzzClient {
  readonly baseUrl = inject("baseUrl");
  readonly address =
    `172.${16 + (NETWORK % 16)}.${Math.floor(++forwardedFor / 250)}.${forwardedFor % 250}`;
  private readonly cookies = new Map<string, string>();

  private headers(): Record<string, string> {
    const headers: Record<string, string> = { "x-forwarded-for": this.address };
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    }
    return headers;
  }

  async send(method: string, path: string, options: SendOptions = {}): Promise<Response> {
    const headers = this.headers();
    const origin = options.origin === undefined ? this.baseUrl : options.origin;
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
    const response = await fetch(new URL(path, this.baseUrl), {
      method,
      headers,
      body,
      redirect: "manual",
      ...(options.stream ? { duplex: "half" } : {}),
    } as RequestInit);
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const separator = pair?.indexOf("=") ?? -1;
      if (pair && separator > 0)
        this.cookies.set(pair.slice(0, separator), pair.slice(separator + 1));
    }
    return response;
  }

  postJson(path: string, value: unknown): Promise<Response> {
    return this.send("POST", path, { body: JSON.stringify(value) });
  }

  /**
   * Calls a server action as React's client does (see HttpClient.callAction);
   * fields may repeat a name. String arguments are escaped the way React
   * escapes them ("$" starts a reference in its reply encoding).
   */
  callAction(actionId: string, args: unknown[], fields: [string, string][]): Promise<Response> {
    const body = new FormData();
    for (const [name, value] of fields) body.append(`_1_${name}`, value);
    const encoded = args.map((arg) =>
      arg === FORM ? "$K1" : typeof arg === "string" && arg.startsWith("$") ? `$${arg}` : arg,
    );
    body.append("0", JSON.stringify(encoded));
    return fetch(new URL("/", this.baseUrl), {
      method: "POST",
      headers: {
        ...this.headers(),
        "next-action": actionId,
        origin: this.baseUrl,
        accept: "text/x-component",
      },
      body,
      redirect: "manual",
    });
  }

  async signIn(email: string, password: string) {
    const response = await this.postJson("/api/auth/sign-in/email", { email, password });
    if (!response.ok)
      throw new Error(`sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  }

  async signUp(name: string, email: string, password: string, role: "student" | "teacher") {
    const response = await this.postJson("/api/auth/sign-up/email", {
      name,
      email,
      password,
      role,
    });
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

/** The string with any lone surrogate replaced by U+FFFD (what a UTF-8 encoder sends for it). */
export function wellFormed(value: string): string {
  return value.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    "\ufffd",
  );
}

/**
 * Whether any string in `value` (keys included) holds a NUL or an unpaired
 * surrogate: text the store cannot hold, which the app refuses with 422.
 */
export function hasUnstorableText(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000") || wellFormed(value) !== value;
  if (Array.isArray(value)) return value.some(hasUnstorableText);
  if (typeof value !== "object" || value === null) return false;
  return Object.entries(value).some(
    ([key, item]) => hasUnstorableText(key) || hasUnstorableText(item),
  );
}

/** Stands for the form in a server action's argument list. */
export const FORM = Symbol("form");

/**
 * The API's promise for any answer: never a 5xx, and every 4xx is JSON
 * `{error: {code, message}}` with a message a person can read. Returns the
 * parsed body (or null for a non-JSON 2xx such as an export file).
 */
export async function expectApiContract(response: Response, what: string): Promise<unknown> {
  const text = await response.text();
  const context = `${what} → ${response.status} ${text.slice(0, 300)}`;
  expect(response.status, context).toBeLessThan(500);
  expect(response.status, context).toBeGreaterThanOrEqual(200);
  if (response.status >= 400) {
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    expect(typeof body.error?.code, context).toBe("string");
    expect(body.error?.code, context).not.toBe("");
    expect(typeof body.error?.message, context).toBe("string");
    expect(String(body.error?.message ?? "").trim(), context).not.toBe("");
    return body;
  }
  return response.headers.get("content-type")?.startsWith("application/json")
    ? JSON.parse(text)
    : null;
}

/**
 * A server action's promise: no 5xx, and no error digest in the payload other
 * than notFound() and redirect(), which are how actions answer on purpose.
 */
export async function expectActionContract(response: Response, what: string) {
  const text = await response.text();
  const context = `${what} → ${response.status} ${text.slice(0, 300)}`;
  expect(response.status, context).toBeLessThan(500);
  for (const [, digest] of text.matchAll(/"digest":"([^"]*)"/g)) {
    const expected =
      digest === "NEXT_HTTP_ERROR_FALLBACK;404" || digest?.startsWith("NEXT_REDIRECT");
    expect(expected, `${context}: digest ${digest}`).toBe(true);
  }
}

/** Characters that break naive code: bidi controls, zero-width, combining marks, NUL, lone surrogates. */
const ODD_PIECES = [
  "\u200f", // right-to-left mark
  "\u202e", // right-to-left override
  "\u2066", // left-to-right isolate
  "\u200b", // zero-width space
  "\u200d", // zero-width joiner
  "\ufeff", // byte order mark
  "e\u0301\u0301\u0301", // stacked combining marks
  "\u0000",
  "\u0007",
  "\ud800", // lone high surrogate
  "\udfff", // lone low surrogate
  "😀",
  "👩🏽‍🚀",
  "\u{10ffff}",
  "ﷺ",
  "\r\n",
  "\t",
  '"',
  "\\",
  "%00",
  "%ff",
  "$1",
  "$" + "{x}",
  "<script>",
  "' OR 1=1 --",
  "../",
  "NaN",
  "Infinity",
  "-0",
  "1e309",
  "null",
  "undefined",
];

/** Short strings of any sort, often with odd Unicode. */
export function oddString(maxLength = 24): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ maxLength }),
    fc.string({ maxLength, unit: "binary" }),
    fc
      .array(fc.constantFrom(...ODD_PIECES), { minLength: 1, maxLength: 6 })
      .map((parts) => parts.join("")),
    fc
      .tuple(
        fc.string({ maxLength: 8 }),
        fc.constantFrom(...ODD_PIECES),
        fc.string({ maxLength: 8 }),
      )
      .map((parts) => parts.join("")),
  );
}

/** Anything that is not a string. */
export const notAString: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
);

/** Anything that is not a number (JSON turns NaN and ±Infinity into null). */
export const notANumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom("1", "NaN", "Infinity", "-Infinity", "1e309", "0x10", "", " 3 "),
  oddString(),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.constant({}),
);

/** Numbers out of any sane range: negative, huge, fractional. */
export const oddNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(-1, -0.5, 0, 0.5, 1.5, -(2 ** 53), 2 ** 53, 2 ** 31, 1e20, -1e308, 1e308),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
);

/** Bytes that are not UTF-8: a lone continuation byte, an overlong NUL, a truncated sequence, 0xFF. */
export const INVALID_UTF8 = [0x80, 0xc0, 0x80, 0xe2, 0x82, 0xff, 0xfe];

/** `prefix` + invalid UTF-8 bytes + `suffix`, as one raw body. */
export function withInvalidUtf8(prefix: string, suffix: string): Uint8Array {
  return Buffer.concat([
    Buffer.from(prefix, "utf8"),
    Buffer.from(INVALID_UTF8),
    Buffer.from(suffix, "utf8"),
  ]);
}

/** `length` UTF-16 code units of text with odd characters mixed in (for the big-payload cases). */
export function bigString(length: number): string {
  const unit = "a\u200fé\u0301😀\u200b";
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

import fc from "fast-check";
import { expect } from "vitest";

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

/** Any base will do: only whether a value leaves it matters. */
const BASE = new URL("http://quizdeck.invalid");

const isControlOrSpace = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return code <= 0x20 || code === 0x7f;
};

/**
 * A path on this site to go back to after signing in, or null (then the
 * user's home). The value is read the way a browser reads a Location header,
 * so what is kept is what the browser would follow: `/%09/evil.test` and
 * `/\evil.test` become `//evil.test` there, another host, and are dropped, as
 * are other schemes, backslashes and any control character or space (a
 * newline would also break the header). What is kept is the parsed path,
 * query and fragment, so it cannot start with `//`.
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || !value.startsWith("/")) return null;
  if (value.includes("\\") || [...value].some(isControlOrSpace)) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE.origin) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("//") ? null : path;
}

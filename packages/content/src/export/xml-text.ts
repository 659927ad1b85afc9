/**
 * Characters XML 1.0 forbids anywhere, even in CDATA: controls other than tab,
 * newline and carriage return, lone surrogates (with the u flag a proper pair is one
 * code point and does not match), U+FFFE and U+FFFF.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding the forbidden control characters is the point.
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u;

/** True when the text can be written into an XML 1.0 document at all. */
export function isXmlSafe(text: string): boolean {
  return !FORBIDDEN_IN_XML.test(text);
}

/** Escapes text for an XML attribute value or simple element content. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

const XML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Text in a CDATA section; a "]]>" inside is split across two sections. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}

/** An XML comment; "--" may not appear in one, so dashes are kept apart. */
export function xmlComment(text: string): string {
  return `<!-- ${text.replace(/-(?=-)/g, "- ").replace(/-$/, "- ")} -->`;
}

import { normalizeNewlines } from "../plain-text.ts";
import { escapeXml } from "../xml-text.ts";

/** Plain text as QTI inline content: XML-escaped, newlines as <br/>. */
export function qtiInline(text: string): string {
  return escapeXml(normalizeNewlines(text)).replace(/\n/g, "<br/>");
}

/** Plain text as one QTI paragraph. */
export function qtiParagraph(text: string): string {
  return `<p>${qtiInline(text)}</p>`;
}

/** An item or choice title: the text on one line, cut to `max` characters. */
export function qtiTitle(text: string, max = 80): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

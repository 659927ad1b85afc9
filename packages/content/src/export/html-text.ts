import { normalizeNewlines } from "./plain-text.ts";

/**
 * Escapes the characters that mean something in HTML text content: & < >. Quotes
 * need no escape outside attributes, and the exporters write no text into attributes.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (char) => HTML_ESCAPES[char] ?? char);
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** Plain text as HTML that shows it as written: escaped, newlines as <br>. */
export function plainTextToHtml(text: string): string {
  return escapeHtml(normalizeNewlines(text)).replace(/\n/g, "<br>");
}

/** Plain text as one HTML paragraph. */
export function htmlParagraph(text: string): string {
  return `<p>${plainTextToHtml(text)}</p>`;
}

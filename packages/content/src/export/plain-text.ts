/** Windows and old-Mac line breaks as "\n", so every exporter sees one kind of newline. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** The text on one line (whitespace runs as one space), for comments and headers. */
export function singleLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

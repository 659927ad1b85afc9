/** How a teacher's source text is written. */
export const SOURCE_FORMATS = ["text", "markdown", "html"] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** A source has at most this many paragraphs: paragraph ids are p01 … p99. */
export const SOURCE_MAX_PARAGRAPHS = 99;

/** The source format a file name suggests; plain text when nothing does. */
export function sourceFormatOf(fileName: string): SourceFormat {
  if (/\.(md|markdown)$/i.test(fileName)) return "markdown";
  if (/\.html?$/i.test(fileName)) return "html";
  return "text";
}

import { marked } from "marked";
import { HTML_NESTING_MAX, htmlToPlain, MarkupTooDeepError } from "../import/html-to-plain.ts";
import type { Article } from "../schema/article.ts";
import { SOURCE_MAX_PARAGRAPHS, type SourceFormat } from "./source-format.ts";

/** The text gives no paragraphs, or too many: it cannot be a source as it is. */
export class SourceError extends Error {
  override name = "SourceError";
}

export interface SourceDetails {
  title: string;
  /** Who wrote it, or where it comes from; shown as the byline. */
  author?: string | undefined;
}

/**
 * A teacher's text (plain, Markdown or HTML) as an Article, the shape of the
 * bundled article, so the same grounding checks, item-writing warnings and
 * reader work on it. Plain text: paragraphs are separated by blank lines, and
 * line breaks inside one are wrapping. Markdown is rendered with `marked`, and
 * HTML (or that rendering) read with html-to-text: every block (paragraph,
 * heading, list item, line) is a paragraph. Whitespace inside a paragraph is
 * collapsed, so a quote the teacher selects is the text students see.
 */
export function parseSource(raw: string, format: SourceFormat, details: SourceDetails): Article {
  const blocks = format === "text" ? plainBlocks(raw) : markupBlocks(raw, format);
  if (blocks.length === 0) {
    throw new SourceError("The text has no paragraphs: paste or upload the source's text.");
  }
  if (blocks.length > SOURCE_MAX_PARAGRAPHS) {
    throw new SourceError(
      `The text has ${blocks.length} paragraphs; a source holds at most ${SOURCE_MAX_PARAGRAPHS}. Split it into several sources.`,
    );
  }
  const author = details.author?.trim() || "Author not given";
  return {
    title: details.title.trim(),
    author,
    publisher: "A teacher's source",
    attribution: `From a teacher's library in quizdeck. By ${author}.`,
    paragraphs: blocks.map((text, index) => ({
      id: `p${String(index + 1).padStart(2, "0")}`,
      text,
      kind: "body" as const,
    })),
  };
}

/**
 * Runs of quote markers or emphasis that no real text has make marked spend seconds
 * and then overflow the stack; such a text is refused before it is parsed.
 */
const MARKDOWN_TOO_DEEP = new RegExp(
  `^(?:[ \\t]*>){${HTML_NESTING_MAX},}|[*_]{${HTML_NESTING_MAX},}`,
  "m",
);

function markupBlocks(raw: string, format: "markdown" | "html"): string[] {
  const tooDeep = new SourceError(
    `The text nests quotes, lists or markup more than ${HTML_NESTING_MAX} deep; no real source does. Remove the nesting, or paste it as plain text.`,
  );
  if (format === "markdown" && MARKDOWN_TOO_DEEP.test(raw)) throw tooDeep;
  try {
    return htmlBlocks(format === "html" ? raw : marked.parse(raw, { async: false, gfm: true }));
  } catch (error) {
    if (error instanceof MarkupTooDeepError || error instanceof RangeError) throw tooDeep;
    throw error;
  }
}

function plainBlocks(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map(collapse)
    .filter((block) => block.length > 0);
}

function htmlBlocks(html: string): string[] {
  return htmlToPlain(html)
    .text.split("\n")
    .map((line) => collapse(line).replace(/^\* /, ""))
    .filter((block) => block.length > 0);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

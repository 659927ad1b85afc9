import type { Article, Paragraph } from "../schema/article.ts";

const BYLINE_PREFIX = "By ";
const AUTHOR_NOTE_MARKER = " is a Washington, DC,-based writer";
const ATTRIBUTION_PREFIX = "Originally published at ";
// Everything from here on is the web page's comment form, not the article.
const SITE_BOILERPLATE_START = "Leave a Reply";

/**
 * Splits the raw article into its metadata and numbered paragraphs.
 *
 * Layout of the source: title, byline, body paragraphs, one author note, the
 * publisher's attribution, then site boilerplate. Blocks are separated by blank
 * lines. Paragraph ids are p01, p02, ... in reading order, so they stay stable as
 * long as the article text does.
 */
export function parseArticle(source: string): Article {
  const blocks = source
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);

  const [title, byline, ...rest] = blocks;
  if (title === undefined || byline === undefined || !byline.startsWith(BYLINE_PREFIX)) {
    throw new Error("Article source must start with a title and a 'By <author>' byline");
  }
  const boilerplateAt = rest.findIndex((block) => block.startsWith(SITE_BOILERPLATE_START));
  const articleBlocks = boilerplateAt === -1 ? rest : rest.slice(0, boilerplateAt);

  const attributionAt = articleBlocks.findIndex((block) => block.startsWith(ATTRIBUTION_PREFIX));
  if (attributionAt === -1) {
    throw new Error(`Article source has no attribution line starting '${ATTRIBUTION_PREFIX}'`);
  }
  const attribution = articleBlocks[attributionAt] ?? "";
  const textBlocks = articleBlocks.slice(0, attributionAt);

  const paragraphs: Paragraph[] = textBlocks.map((text, index) => ({
    id: `p${String(index + 1).padStart(2, "0")}`,
    text,
    kind: text.includes(AUTHOR_NOTE_MARKER) ? "author-note" : "body",
  }));

  const publisher = attribution.slice(ATTRIBUTION_PREFIX.length).split(".")[0]?.trim() ?? "";
  return {
    title,
    author: byline.slice(BYLINE_PREFIX.length).trim(),
    publisher,
    attribution,
    paragraphs,
  };
}

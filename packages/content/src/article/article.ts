import type { Article, Paragraph } from "../schema/article.ts";
import { ARTICLE_SOURCE_TEXT } from "./article-source-text.ts";
import { parseArticle } from "./parse-article.ts";

export const article: Article = parseArticle(ARTICLE_SOURCE_TEXT);

/** The paragraphs of the article proper, which every question must draw on. */
export const bodyParagraphs: readonly Paragraph[] = article.paragraphs.filter(
  (paragraph) => paragraph.kind === "body",
);

const paragraphsById = new Map(article.paragraphs.map((paragraph) => [paragraph.id, paragraph]));

export function findParagraph(id: string): Paragraph | undefined {
  return paragraphsById.get(id);
}

import { article as bundledArticle } from "@quizdeck/content/article";
import { type Article, articleSchema } from "@quizdeck/content/schema";

/** A stored source's paragraphs (written by createSource, never changed) as an Article. */
export function sourceArticle(stored: unknown): Article {
  return articleSchema.parse(stored);
}

/** The article a question quotes: a teacher's source, or the bundled article. */
export function articleOf(source: { article: unknown } | null): Article {
  return source ? sourceArticle(source.article) : bundledArticle;
}

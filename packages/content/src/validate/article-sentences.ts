import type { Article } from "../schema/article.ts";
import { bigramProfile, contentWords, words } from "./text-similarity.ts";

export interface ArticleSentence {
  paragraphId: string;
  /** Reading order across the whole article, from 0. */
  position: number;
  text: string;
  /** Its content words, stemmed (see contentWords). */
  contentWords: string[];
  /** Its bigram counts (see bigramProfile). */
  bigrams: Map<string, number>;
}

/** A sentence ends at . ! ? or … (and any closing quotes) followed by a space. */
export const SENTENCE_BREAK = /(?<=[.!?…]["”’]?)\s+/u;

const sentencesByArticle = new WeakMap<Article, ArticleSentence[]>();
const wordsByArticle = new WeakMap<Article, string[]>();

/** The body paragraphs' sentences in reading order (the author note is not the article). */
export function articleSentences(article: Article): ArticleSentence[] {
  const cached = sentencesByArticle.get(article);
  if (cached) return cached;
  const sentences = article.paragraphs
    .filter((paragraph) => paragraph.kind === "body")
    .flatMap((paragraph) =>
      paragraph.text
        .split(SENTENCE_BREAK)
        .filter((text) => words(text).length > 0)
        .map((text) => ({ paragraphId: paragraph.id, text })),
    )
    .map((sentence, position) => ({
      ...sentence,
      position,
      contentWords: contentWords(sentence.text),
      bigrams: bigramProfile(sentence.text),
    }));
  sentencesByArticle.set(article, sentences);
  return sentences;
}

/** Every word of the body paragraphs, in reading order. */
export function articleWords(article: Article): string[] {
  const cached = wordsByArticle.get(article);
  if (cached) return cached;
  const all = article.paragraphs
    .filter((paragraph) => paragraph.kind === "body")
    .flatMap((paragraph) => words(paragraph.text));
  wordsByArticle.set(article, all);
  return all;
}

import type { Article } from "../schema/article.ts";
import type { Question } from "../schema/question.ts";
import { articleSentences, articleWords } from "./article-sentences.ts";
import { CUE_LIMITS } from "./cue-limits.ts";
import {
  bigramProfile,
  contentWords,
  longestSharedRun,
  profileSimilarity,
  wordOverlap,
  words,
} from "./text-similarity.ts";

/** The cues one question can give away on its own. */
export const ITEM_CUES = [
  "key-longest",
  "copied-statement",
  "copied-key-above-recall",
  "order-of-mention",
] as const;
export type ItemCue = (typeof ITEM_CUES)[number];

export interface ItemWarning {
  questionId: string;
  cue: ItemCue;
  message: string;
}

/**
 * What a test-wise student could exploit in one question, checked against the
 * article it is written on: a single-choice key longer than every distractor, a
 * true-false statement that is an article sentence with a word changed, a key
 * copied from the article on a question labelled above recall, an ordering
 * question whose answer is the order of mention. Works on a single question
 * (a teacher's new item, say) as well as inside the bank's cue report.
 */
export function itemWarnings(question: Question, article: Article): ItemWarning[] {
  const warn = (cue: ItemCue, message: string): ItemWarning => ({
    questionId: question.id,
    cue,
    message,
  });
  const warnings: ItemWarning[] = [];
  if (question.type === "single-choice" && keyIsLongest(question)) {
    warnings.push(warn("key-longest", "the key is longer than every other option"));
  }
  if (question.type === "true-false") {
    const closest = closestSentence(trueFalseStatement(question.prompt), article);
    if (closest && closest.similarity >= CUE_LIMITS.copiedStatementSimilarity) {
      warnings.push(
        warn(
          "copied-statement",
          `the statement is ${percent(closest.similarity)} alike to the article's sentence “${closest.text}”; paraphrase it and test a relation`,
        ),
      );
    }
  }
  if (question.level !== "recall") {
    const copied = copiedKey(question, article);
    if (copied !== undefined) {
      warnings.push(
        warn(
          "copied-key-above-recall",
          `labelled ${question.level}, but its key is copied from the article (“${copied}”), which makes it recall`,
        ),
      );
    }
  }
  if (question.type === "ordering" && followsOrderOfMention(question.items, article)) {
    warnings.push(
      warn(
        "order-of-mention",
        "the correct order is the order in which the article mentions the items",
      ),
    );
  }
  return warnings;
}

/** The key is strictly longer, in characters, than every distractor. */
export function keyIsLongest(question: Extract<Question, { type: "single-choice" }>): boolean {
  const key = question.choices.find((choice) => choice.correct);
  if (key === undefined) return false;
  return question.choices.every(
    (choice) => choice.correct || choice.text.trim().length < key.text.trim().length,
  );
}

/**
 * The items, placed at the article sentence whose content words they share
 * most, come in reading order. Items placed in the same sentence count as in
 * order: a student who remembers the sentence gets them right too.
 */
export function followsOrderOfMention(items: readonly string[], article: Article): boolean {
  const positions = items.map((item) => placeInArticle(item, article));
  return positions.every(
    (position, index) => index === 0 || position >= (positions[index - 1] ?? 0),
  );
}

/**
 * The reading position of the sentence that holds most of the content words of
 * `text` (a paraphrase keeps its nouns); between equals, the one closer in
 * wording overall.
 */
export function placeInArticle(text: string, article: Article): number {
  const wanted = contentWords(text);
  let best = { position: 0, held: -1, overlap: -1 };
  for (const sentence of articleSentences(article)) {
    const sentenceWords = sentence.contentWords;
    const present = new Set(sentenceWords);
    const held = wanted.filter((word) => present.has(word)).length;
    const overlap = wordOverlap(wanted, sentenceWords);
    if (held > best.held || (held === best.held && overlap > best.overlap)) {
      best = { position: sentence.position, held, overlap };
    }
  }
  return best.position;
}

/** A true-false prompt without its "True or false:" lead-in. */
export function trueFalseStatement(prompt: string): string {
  return prompt.replace(/^\s*true or false\s*[:?.]\s*/i, "");
}

function closestSentence(text: string, article: Article) {
  const profile = bigramProfile(text);
  let best: { text: string; similarity: number } | undefined;
  for (const sentence of articleSentences(article)) {
    const similarity = profileSimilarity(profile, sentence.bigrams);
    if (best === undefined || similarity > best.similarity)
      best = { text: sentence.text, similarity };
  }
  return best;
}

/**
 * The copied text when the question's key is lifted from the article: the key
 * option (or every correct option) of a choice question, or a cloze passage
 * with its blanks filled. Matching, ordering and true-false keys are relations
 * between texts, so copying their parts is not the same cue.
 */
function copiedKey(question: Question, article: Article): string | undefined {
  switch (question.type) {
    case "single-choice": {
      const key = question.choices.find((choice) => choice.correct)?.text;
      return key !== undefined && isCopied(key, article) ? key : undefined;
    }
    case "multiple-choice": {
      const keys = question.choices.filter((choice) => choice.correct).map((choice) => choice.text);
      return keys.every((key) => isCopied(key, article)) ? keys.join(" / ") : undefined;
    }
    case "cloze": {
      const filled = question.text.replace(
        /\{\{(\d+)\}\}/g,
        (_, n: string) => question.accept[Number(n) - 1]?.[0] ?? "",
      );
      return isCopied(filled, article) ? filled : undefined;
    }
    default:
      return undefined;
  }
}

/** All of a short text, or a long run of a longer one, appears word for word in the article. */
export function isCopied(text: string, article: Article): boolean {
  const textWords = words(text);
  if (textWords.length < CUE_LIMITS.copiedMinWords) return false;
  const needed = Math.min(CUE_LIMITS.copiedRunWords, textWords.length);
  return longestSharedRun(textWords, articleWords(article)) >= needed;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

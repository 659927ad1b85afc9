import { stemmer } from "stemmer";
import { normalizeForComparison } from "../schema/question.ts";

/**
 * How alike two texts read, from 0 (nothing shared) to 1 (the same), ignoring
 * case, spacing and punctuation: the Sørensen–Dice coefficient of their
 * character bigrams, 2 × shared bigrams / all bigrams, each bigram counted as
 * often as it occurs. Rewording lowers it quickly; swapping one word in a
 * sentence hardly moves it. A text is turned into its bigram counts once
 * (bigramProfile) and compared with many (profileSimilarity), in linear time:
 * the validator compares every pair of prompts and every statement with every
 * sentence of the article.
 */
export function bigramProfile(text: string): Map<string, number> {
  const normalized = normalizeForComparison(text);
  const pairs: string[] = [];
  for (let index = 0; index + 1 < normalized.length; index += 1) {
    pairs.push(normalized.slice(index, index + 2));
  }
  return counts(pairs);
}

/**
 * How alike two texts read, given their bigram profiles (see above): for any
 * two multisets, 2 × |A ∩ B| / (|A| + |B|), and 0 when either is empty.
 */
export function profileSimilarity(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [item, count] of a) {
    shared += Math.min(count, b.get(item) ?? 0);
    total += count;
  }
  for (const count of b.values()) total += count;
  return total === 0 || shared === 0 ? 0 : (2 * shared) / total;
}

/** The words of a text, lower-cased, without punctuation. */
export function words(text: string): string[] {
  const normalized = normalizeForComparison(text);
  return normalized === "" ? [] : normalized.split(" ");
}

/**
 * Words too common to say where in the article a sentence comes from. Used to
 * place a paraphrase by the words that carry its content.
 */
const FUNCTION_WORDS = new Set(
  "a an and are as at be been but by can could do for from had has have he his if in into is it its not of on or that the their them they this to was we were which while who will with would".split(
    " ",
  ),
);

/**
 * The content words of a text, stemmed (the `stemmer` package, Porter's
 * algorithm) so "withdraws" finds "withdrawal": its words less the commonest
 * function words.
 */
export function contentWords(text: string): string[] {
  return words(text)
    .filter((word) => !FUNCTION_WORDS.has(word))
    .map((word) => stemmer(word));
}

/** The content words of a text as written, each with its stem (see contentWords), repeats once. */
export function keyWords(text: string): { word: string; stem: string }[] {
  const seen = new Map<string, string>();
  for (const word of words(text)) {
    if (FUNCTION_WORDS.has(word)) continue;
    const stem = stemmer(word);
    if (!seen.has(stem)) seen.set(stem, word);
  }
  return [...seen].map(([stem, word]) => ({ word, stem }));
}

/**
 * The Dice coefficient of two word lists (each word counted as often as it
 * occurs): how many content words two texts share, whatever their order.
 */
export function wordOverlap(a: readonly string[], b: readonly string[]): number {
  return profileSimilarity(counts(a), counts(b));
}

function counts(items: readonly string[]): Map<string, number> {
  const counted = new Map<string, number>();
  for (const item of items) counted.set(item, (counted.get(item) ?? 0) + 1);
  return counted;
}

/** The length, in words, of the longest run of consecutive words two texts share. */
export function longestSharedRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 0; j < b.length; j += 1) {
      if (word === b[j]) {
        const run = (previous[j] ?? 0) + 1;
        current[j + 1] = run;
        if (run > best) best = run;
      }
    }
    previous = current;
  }
  return best;
}

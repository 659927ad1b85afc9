import { optimalStringAlignmentDistance } from "./edit-distance.ts";

/** An accepted answer needs at least this many letters before one typo is forgiven. */
export const MIN_LETTERS_FOR_TYPO = 6;

/**
 * The form typed answers are compared in: lower case; compatibility-decomposed
 * (NFKD, so full-width and ligature letters fold too) with combining marks removed,
 * so "Zagorskí" reads "zagorski"; punctuation and symbols deleted, so "U.S." reads
 * "us" and "Karimov's" reads "karimovs"; runs of whitespace collapsed to one space
 * and trimmed.
 */
export function normalizeTypedAnswer(value: string): string {
  return value
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[\p{P}\p{S}]+/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
}

export type TypedAnswerMatch =
  | { accepted: false }
  | {
      accepted: true;
      /** The accepted answer, as written in the bank, that the typed text matched. */
      matchedAnswer: string;
      /** True when the match needed the one forgiven typo, so the UI can show the spelling. */
      typoForgiven: boolean;
    };

/**
 * Whether a typed answer counts as one of the accepted answers. The rules:
 * - Compare normalised forms (see normalizeTypedAnswer): case, extra whitespace,
 *   punctuation, symbols and diacritics never matter. Any listed variant is accepted.
 * - An answer that is empty once normalised (blank, or punctuation only) is never accepted.
 * - Exactly one typo is forgiven — one inserted, deleted or substituted character, or two
 *   adjacent characters swapped (optimal string alignment distance 1) — when the accepted
 *   answer has MIN_LETTERS_FOR_TYPO (6) or more letters. Shorter answers must be exact.
 * - Numbers are never forgiven: the digits of the typed answer must equal the digits of
 *   the accepted one, so "1387" is not a typo of "1386".
 * Exact matches win over typo matches, whatever the order of the variants.
 */
export function matchTypedAnswer(
  typed: string,
  acceptedAnswers: readonly string[],
): TypedAnswerMatch {
  const given = normalizeTypedAnswer(typed);
  if (given === "") return { accepted: false };

  const candidates = acceptedAnswers.map((answer) => ({
    answer,
    normalized: normalizeTypedAnswer(answer),
  }));
  const exact = candidates.find((candidate) => candidate.normalized === given);
  if (exact) return { accepted: true, matchedAnswer: exact.answer, typoForgiven: false };

  const nearMiss = candidates.find((candidate) => isForgivableTypo(given, candidate.normalized));
  if (nearMiss) return { accepted: true, matchedAnswer: nearMiss.answer, typoForgiven: true };

  return { accepted: false };
}

function isForgivableTypo(given: string, expected: string): boolean {
  if (countLetters(expected) < MIN_LETTERS_FOR_TYPO) return false;
  if (digitsOf(given) !== digitsOf(expected)) return false;
  // Cheap bound first: lengths that differ by two or more are at least two edits apart,
  // which also keeps a pasted novel from costing a full distance table.
  if (Math.abs(Array.from(given).length - Array.from(expected).length) > 1) return false;
  return optimalStringAlignmentDistance(given, expected) <= 1;
}

function countLetters(value: string): number {
  return value.match(/\p{L}/gu)?.length ?? 0;
}

function digitsOf(value: string): string {
  return value.match(/\p{N}/gu)?.join("") ?? "";
}

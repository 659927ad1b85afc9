import type { EvidencedItem } from "./paragraph-accuracy.ts";

export interface ParagraphCoverage {
  /** Questions with at least one evidence quote from the paragraph. */
  questions: number;
  /** Flashcards with at least one evidence quote from the paragraph. */
  flashcards: number;
}

/** How many questions and cards draw on each paragraph (an item counts once per paragraph). */
export function paragraphCoverage(
  questions: readonly EvidencedItem[],
  flashcards: readonly EvidencedItem[],
): Map<string, ParagraphCoverage> {
  const coverage = new Map<string, ParagraphCoverage>();
  const entry = (paragraphId: string) => {
    let found = coverage.get(paragraphId);
    if (!found) {
      found = { questions: 0, flashcards: 0 };
      coverage.set(paragraphId, found);
    }
    return found;
  };
  for (const question of questions) {
    for (const paragraphId of new Set(question.evidence.map((quote) => quote.paragraphId))) {
      entry(paragraphId).questions += 1;
    }
  }
  for (const card of flashcards) {
    for (const paragraphId of new Set(card.evidence.map((quote) => quote.paragraphId))) {
      entry(paragraphId).flashcards += 1;
    }
  }
  return coverage;
}

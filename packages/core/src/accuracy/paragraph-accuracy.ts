/** One graded answer: which question, and its score in [0, 1]. */
export interface ScoredResponse {
  questionId: string;
  score: number;
}

/** How a learner does on the questions drawn from one paragraph. */
export interface ParagraphAccuracy {
  /** Answers to questions that draw on the paragraph. */
  answered: number;
  /** Mean score of those answers, in [0, 1]; null when there are none. */
  meanScore: number | null;
}

/** Anything grounded in paragraphs: a question or a flashcard. */
export interface EvidencedItem {
  id: string;
  evidence: readonly { paragraphId: string }[];
}

/** questionId → the distinct paragraphs its evidence quotes, in evidence order. */
export function paragraphsByItem(items: readonly EvidencedItem[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const item of items) {
    map.set(item.id, [...new Set(item.evidence.map((quote) => quote.paragraphId))]);
  }
  return map;
}

/**
 * Per-paragraph accuracy: every answer counts once for each distinct paragraph
 * its question draws on, and a paragraph's score is the mean of those answers.
 * Answers to questions missing from the map (retired from the bank) are ignored;
 * paragraphs with no answers are absent from the result.
 */
export function paragraphAccuracy(
  responses: readonly ScoredResponse[],
  paragraphsOfQuestion: ReadonlyMap<string, readonly string[]>,
): Map<string, ParagraphAccuracy> {
  const sums = new Map<string, { answered: number; total: number }>();
  for (const response of responses) {
    const paragraphs = paragraphsOfQuestion.get(response.questionId);
    if (!paragraphs) continue;
    for (const paragraphId of new Set(paragraphs)) {
      const sum = sums.get(paragraphId) ?? { answered: 0, total: 0 };
      sum.answered += 1;
      sum.total += response.score;
      sums.set(paragraphId, sum);
    }
  }
  const result = new Map<string, ParagraphAccuracy>();
  for (const [paragraphId, sum] of sums) {
    result.set(paragraphId, { answered: sum.answered, meanScore: sum.total / sum.answered });
  }
  return result;
}

export interface WeakParagraph extends ParagraphAccuracy {
  paragraphId: string;
  meanScore: number;
}

/**
 * The answered paragraphs with the lowest mean score first (more answers first
 * on a tie, as the evidence is firmer; then reading order), at most `limit`.
 */
export function weakestParagraphs(
  accuracy: ReadonlyMap<string, ParagraphAccuracy>,
  limit = 5,
): WeakParagraph[] {
  const answered: WeakParagraph[] = [];
  for (const [paragraphId, entry] of accuracy) {
    if (entry.answered > 0 && entry.meanScore !== null) {
      answered.push({ paragraphId, answered: entry.answered, meanScore: entry.meanScore });
    }
  }
  answered.sort(
    (a, b) =>
      a.meanScore - b.meanScore ||
      b.answered - a.answered ||
      a.paragraphId.localeCompare(b.paragraphId),
  );
  return answered.slice(0, Math.max(0, limit));
}

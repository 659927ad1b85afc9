/** One question's class totals, with the paragraphs its evidence cites. */
export interface QuestionScoreTotal {
  questionId: string;
  /** The article paragraphs the question's evidence quotes (repeats count once). */
  paragraphIds: readonly string[];
  /** Σ item score over the examinees presented the question (unanswered = 0). */
  scoreSum: number;
  /** Examinees presented the question. */
  presented: number;
}

/** How the class did on the questions drawn from one paragraph. */
export interface ParagraphClassAccuracy {
  paragraphId: string;
  /** The questions citing the paragraph, in the given order. */
  questionIds: string[];
  /** Item scores averaged: one per examinee presented a question citing the paragraph. */
  scores: number;
  /** Mean of those item scores, in [0, 1]; null when none was presented. */
  meanScore: number | null;
}

/**
 * Class accuracy per article paragraph: for paragraph p,
 *
 *   meanScore(p) = Σ_{q cites p} scoreSum(q) / Σ_{q cites p} presented(q)
 *
 * the mean item score over every (examinee, question) pair where the question's
 * evidence cites p and the question was presented to the examinee, unanswered
 * counting as 0. That is the questions' facilities weighted by how many were
 * presented each. Sorted by paragraph id, which is reading order (p01, p02, ...).
 * O(questions · paragraphs per question).
 */
export function classParagraphAccuracy(
  questions: readonly QuestionScoreTotal[],
): ParagraphClassAccuracy[] {
  const byParagraph = new Map<string, { questionIds: string[]; sum: number; scores: number }>();
  for (const question of questions) {
    for (const paragraphId of new Set(question.paragraphIds)) {
      let entry = byParagraph.get(paragraphId);
      if (!entry) {
        entry = { questionIds: [], sum: 0, scores: 0 };
        byParagraph.set(paragraphId, entry);
      }
      entry.questionIds.push(question.questionId);
      entry.sum += question.scoreSum;
      entry.scores += question.presented;
    }
  }
  return [...byParagraph]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([paragraphId, entry]) => ({
      paragraphId,
      questionIds: entry.questionIds,
      scores: entry.scores,
      meanScore: entry.scores > 0 ? entry.sum / entry.scores : null,
    }));
}

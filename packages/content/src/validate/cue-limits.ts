/**
 * The limits of the cue report: what a careful item writer would accept. Each
 * says why; the shares apply only once there are enough items for a share to
 * mean something (the `min…` counts).
 */
export const CUE_LIMITS = {
  /** With four options the key is the longest by chance one time in four. */
  keyLongestMaxShare: 1 / 3,
  minSingleChoice: 6,
  /** Select-all keys should vary: no one number of correct options in most of them. */
  selectAllCommonestMaxShare: 0.5,
  minSelectAll: 4,
  /** True and false keys near even, so "mostly true" is no strategy. */
  trueFalseTrueShare: { min: 0.4, max: 0.6 },
  minTrueFalse: 4,
  /** Most ordering questions ask for an order the reader works out, not the order of mention. */
  orderingByMentionMaxShare: 1 / 3,
  minOrdering: 3,
  /** Prompts this alike (Dice coefficient of bigrams, 0–1) ask the same thing twice. */
  nearDuplicatePromptSimilarity: 0.75,
  /** A card is one fact: its front a short question, its back a short answer. */
  cardFrontMaxWords: 25,
  cardBackMaxWords: 20,
  /** At least this share of the questions above recall (the README's level rubric). */
  aboveRecallMinShare: 0.4,
  minQuestionsForLevels: 20,
  /** A true-false statement this close to an article sentence is that sentence, reworded at most by a word. */
  copiedStatementSimilarity: 0.8,
  /** A key that repeats this many consecutive words of the article (or all of a shorter key) is copied. */
  copiedRunWords: 8,
  /** Shorter keys than this are names or single facts; whether they are copied says nothing. */
  copiedMinWords: 3,
} as const;

import type { Bank } from "../schema/bank.ts";
import type { Question } from "../schema/question.ts";
import { CUE_LIMITS } from "./cue-limits.ts";
import { type ItemWarning, itemWarnings, trueFalseStatement } from "./item-warnings.ts";
import { bigramProfile, profileSimilarity, words } from "./text-similarity.ts";

export interface CueFigure {
  id: string;
  /** What is measured, e.g. "single-choice keys that are the longest option". */
  label: string;
  /** The figure as printed, e.g. "4 of 20 (20%)". */
  value: string;
  /** The limit as printed, e.g. "at most 33%". */
  limit: string;
  withinLimit: boolean;
  /** The items behind the figure, for the report's detail lines. */
  items: string[];
}

export interface CueReport {
  figures: CueFigure[];
  /** Every per-question warning (see itemWarnings). */
  warnings: ItemWarning[];
}

/**
 * The bank read as a test-wise student reads it: the figures that show
 * whether a score could come from spotting cues rather than from reading the
 * article, each with its limit (CUE_LIMITS).
 */
export function cueReport(bank: Bank): CueReport {
  const warnings = bank.questions.flatMap((question) => itemWarnings(question, bank.source));
  const flagged = (cue: ItemWarning["cue"]) =>
    warnings.filter((warning) => warning.cue === cue).map((warning) => warning.questionId);
  return {
    figures: [
      keyLongest(bank.questions, flagged("key-longest")),
      selectAllCorrectCounts(bank.questions),
      trueFalseBalance(bank.questions),
      orderingByMention(bank.questions, flagged("order-of-mention")),
      copiedStatements(flagged("copied-statement")),
      copiedKeysAboveRecall(flagged("copied-key-above-recall")),
      aboveRecall(bank.questions),
      nearDuplicatePrompts(bank.questions),
      questionsInNoSet(bank),
      cardsOverWordLimit(bank),
    ],
    warnings,
  };
}

function keyLongest(questions: readonly Question[], longest: string[]): CueFigure {
  const total = questions.filter((question) => question.type === "single-choice").length;
  return shareFigure({
    id: "key-longest",
    label: "single-choice keys that are the longest option",
    count: longest.length,
    total,
    max: CUE_LIMITS.keyLongestMaxShare,
    minTotal: CUE_LIMITS.minSingleChoice,
    items: longest,
  });
}

function selectAllCorrectCounts(questions: readonly Question[]): CueFigure {
  const counts = new Map<number, string[]>();
  for (const question of questions) {
    if (question.type !== "multiple-choice") continue;
    const correct = question.choices.filter((choice) => choice.correct).length;
    counts.set(correct, [...(counts.get(correct) ?? []), question.id]);
  }
  const total = [...counts.values()].reduce((sum, ids) => sum + ids.length, 0);
  const commonest = Math.max(0, ...[...counts.values()].map((ids) => ids.length));
  const applies = total >= CUE_LIMITS.minSelectAll;
  const value = [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([correct, ids]) => `${correct} correct: ${ids.length}`)
    .join(", ");
  return {
    id: "select-all-correct-counts",
    label: "select-all questions by number of correct options",
    value: `${value || "none"} (of ${total})`,
    limit: `no one count in more than ${percent(CUE_LIMITS.selectAllCommonestMaxShare)}${applies ? "" : ` (applies from ${CUE_LIMITS.minSelectAll} questions)`}`,
    withinLimit: !applies || commonest / total <= CUE_LIMITS.selectAllCommonestMaxShare,
    items: [],
  };
}

function trueFalseBalance(questions: readonly Question[]): CueFigure {
  const trueFalse = questions.filter((question) => question.type === "true-false");
  const trueCount = trueFalse.filter((question) => question.answer).length;
  const share = trueFalse.length === 0 ? 0 : trueCount / trueFalse.length;
  const { min, max } = CUE_LIMITS.trueFalseTrueShare;
  const applies = trueFalse.length >= CUE_LIMITS.minTrueFalse;
  return {
    id: "true-false-balance",
    label: "true-false questions whose answer is true",
    value: `${trueCount} of ${trueFalse.length} (${percent(share)})`,
    limit: `between ${percent(min)} and ${percent(max)}${applies ? "" : ` (applies from ${CUE_LIMITS.minTrueFalse} questions)`}`,
    withinLimit: !applies || (share >= min && share <= max),
    items: [],
  };
}

function orderingByMention(questions: readonly Question[], inMentionOrder: string[]): CueFigure {
  return shareFigure({
    id: "ordering-by-mention",
    label: "ordering questions answered by the order of mention",
    count: inMentionOrder.length,
    total: questions.filter((question) => question.type === "ordering").length,
    max: CUE_LIMITS.orderingByMentionMaxShare,
    minTotal: CUE_LIMITS.minOrdering,
    items: inMentionOrder,
  });
}

function copiedStatements(copied: string[]): CueFigure {
  return countFigure(
    "copied-statements",
    "true-false statements that copy an article sentence",
    copied,
  );
}

function copiedKeysAboveRecall(copied: string[]): CueFigure {
  return countFigure(
    "copied-keys-above-recall",
    "questions above recall whose key is copied from the article",
    copied,
  );
}

function aboveRecall(questions: readonly Question[]): CueFigure {
  const above = questions.filter((question) => question.level !== "recall").length;
  const share = questions.length === 0 ? 0 : above / questions.length;
  const applies = questions.length >= CUE_LIMITS.minQuestionsForLevels;
  return {
    id: "above-recall",
    label: "questions above recall (understanding or analysis)",
    value: `${above} of ${questions.length} (${percent(share)})`,
    limit: `at least ${percent(CUE_LIMITS.aboveRecallMinShare)}${applies ? "" : ` (applies from ${CUE_LIMITS.minQuestionsForLevels} questions)`}`,
    withinLimit: !applies || share >= CUE_LIMITS.aboveRecallMinShare,
    items: [],
  };
}

/** Pairs of prompts (cloze: prompt and passage) that read almost the same. */
function nearDuplicatePrompts(questions: readonly Question[]): CueFigure {
  const profiles = questions.map((question) => ({
    id: question.id,
    bigrams: bigramProfile(comparablePrompt(question)),
  }));
  const pairs: string[] = [];
  profiles.forEach((first, index) => {
    for (const second of profiles.slice(index + 1)) {
      const similarity = profileSimilarity(first.bigrams, second.bigrams);
      if (similarity > CUE_LIMITS.nearDuplicatePromptSimilarity) {
        pairs.push(`${first.id} ~ ${second.id} (${percent(similarity)})`);
      }
    }
  });
  return {
    id: "near-duplicate-prompts",
    label: `pairs of prompts more than ${percent(CUE_LIMITS.nearDuplicatePromptSimilarity)} alike`,
    value: String(pairs.length),
    limit: "none",
    withinLimit: pairs.length === 0,
    items: pairs,
  };
}

/** The words that differ between prompts: no "True or false:", no "Select all that apply." */
function comparablePrompt(question: Question): string {
  const prompt = trueFalseStatement(question.prompt).replace(
    /\s*select all that apply\.?\s*$/i,
    "",
  );
  return question.type === "cloze" ? `${prompt} ${question.text}` : prompt;
}

function questionsInNoSet(bank: Bank): CueFigure {
  const inSets = new Set(bank.sets.flatMap((set) => set.questionIds));
  const orphans = bank.questions.filter((question) => !inSets.has(question.id)).map((q) => q.id);
  return countFigure("questions-in-no-set", "questions in no set", orphans);
}

function cardsOverWordLimit(bank: Bank): CueFigure {
  const over = bank.flashcards
    .filter(
      (card) =>
        words(card.front).length > CUE_LIMITS.cardFrontMaxWords ||
        words(card.back).length > CUE_LIMITS.cardBackMaxWords,
    )
    .map((card) => card.id);
  return {
    ...countFigure("cards-over-word-limit", "flashcards over the word limit", over),
    label: `flashcards over ${CUE_LIMITS.cardFrontMaxWords} words on the front or ${CUE_LIMITS.cardBackMaxWords} on the back`,
  };
}

function shareFigure(options: {
  id: string;
  label: string;
  count: number;
  total: number;
  max: number;
  minTotal: number;
  items: string[];
}): CueFigure {
  const share = options.total === 0 ? 0 : options.count / options.total;
  const applies = options.total >= options.minTotal;
  return {
    id: options.id,
    label: options.label,
    value: `${options.count} of ${options.total} (${percent(share)})`,
    limit: `at most ${percent(options.max)}${applies ? "" : ` (applies from ${options.minTotal} questions)`}`,
    withinLimit: !applies || share <= options.max,
    items: options.items,
  };
}

function countFigure(id: string, label: string, items: string[]): CueFigure {
  return {
    id,
    label,
    value: String(items.length),
    limit: "none",
    withinLimit: items.length === 0,
    items,
  };
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

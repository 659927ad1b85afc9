import { normalizeForComparison } from "../schema/question.ts";
import type { DraftChoice, DraftFlashcard, DraftQuestion } from "./draft-item.ts";

/** The most options a quizdeck choice question holds (choiceSchema's max). */
const MAX_CHOICES = 8;

type Normalized<T> = { draft: T; changes: string[] } | { dropped: string };

/**
 * The rules every format shares, applied before the schema: texts trimmed, repeated
 * options and accepted answers merged (quizdeck ignores case, spacing and
 * punctuation when it compares them), and a choice question's type fitted to its
 * key. Each change is said; what cannot be fitted is dropped with the reason.
 */
export function normalizeDraft(
  draft: DraftQuestion | DraftFlashcard,
): Normalized<DraftQuestion | DraftFlashcard> {
  switch (draft.type) {
    case "flashcard":
      return {
        draft: { ...draft, front: draft.front.trim(), back: draft.back.trim() },
        changes: [],
      };
    case "single-choice":
    case "multiple-choice":
      return normalizeChoiceQuestion(draft);
    case "cloze": {
      const changes: string[] = [];
      const accept = draft.accept.map((answers) =>
        mergeRepeats(
          answers.map((answer) => answer.trim()),
          (answer) => answer,
          "accepted answer",
          changes,
        ),
      );
      return { draft: { ...draft, ...trimmedBase(draft), accept }, changes };
    }
    case "true-false":
      return { draft: { ...draft, ...trimmedBase(draft) }, changes: [] };
    case "matching":
      return {
        draft: {
          ...draft,
          ...trimmedBase(draft),
          pairs: draft.pairs.map((pair) => ({ left: pair.left.trim(), right: pair.right.trim() })),
        },
        changes: [],
      };
    case "ordering":
      return {
        draft: { ...draft, ...trimmedBase(draft), items: draft.items.map((item) => item.trim()) },
        changes: [],
      };
  }
}

function normalizeChoiceQuestion(
  draft: Extract<DraftQuestion, { choices: DraftChoice[] }>,
): Normalized<DraftQuestion> {
  const changes: string[] = [];
  const choices = mergeRepeats(
    draft.choices.map((choice) => ({ ...choice, text: choice.text.trim() })),
    (choice) => choice.text,
    "option",
    changes,
  );
  const correct = choices.filter((choice) => choice.correct).length;
  if (correct === 0) return { dropped: "no option is marked correct" };
  if (choices.length > MAX_CHOICES) {
    return {
      dropped: `it has ${choices.length} options; quizdeck holds at most ${MAX_CHOICES}`,
    };
  }
  let type = draft.type;
  // A multiple-response question with one correct option stays one: "select all" does not say how many.
  if (type === "single-choice" && correct > 1) {
    type = "multiple-choice";
    changes.push(
      `${correct} options are fully correct: imported as multiple-choice (right minus wrong)`,
    );
  }
  if (type === "multiple-choice" && correct === choices.length) {
    return {
      dropped: "every option is correct; a quizdeck multiple-choice question needs a wrong option",
    };
  }
  return { draft: { ...draft, ...trimmedBase(draft), type, choices }, changes };
}

function trimmedBase(draft: { prompt: string; explanation: string }) {
  return { prompt: draft.prompt.trim(), explanation: draft.explanation.trim() };
}

/** Keeps the first of values that quizdeck would treat as the same; says which were merged. */
function mergeRepeats<T>(
  values: readonly T[],
  textOf: (value: T) => string,
  what: string,
  changes: string[],
): T[] {
  const kept = new Map<string, T>();
  for (const value of values) {
    const key = normalizeForComparison(textOf(value));
    const first = kept.get(key);
    if (first === undefined) {
      kept.set(key, value);
    } else {
      changes.push(
        `${what} “${textOf(value)}” merged with “${textOf(first)}” (quizdeck ignores case, spacing and punctuation)`,
      );
    }
  }
  return [...kept.values()];
}

import type { QuestionType } from "@quizdeck/content/schema";

/**
 * How one option of a choice question went:
 * - "correctly-chosen": chosen, and a correct option;
 * - "wrongly-chosen": chosen, but a wrong option;
 * - "missed": a correct option the student did not choose;
 * - "correctly-not-chosen": a wrong option the student left alone.
 */
export type ChoiceVerdict =
  | "correctly-chosen"
  | "wrongly-chosen"
  | "missed"
  | "correctly-not-chosen";

/** One per option, in the question's order. */
export interface ChoiceFeedback {
  kind: "choice";
  choiceId: string;
  text: string;
  chosen: boolean;
  shouldBeChosen: boolean;
  verdict: ChoiceVerdict;
}

/** The single part of a true-false question. */
export interface StatementFeedback {
  kind: "statement";
  given: boolean;
  expected: boolean;
  correct: boolean;
}

/** One per blank, in order. */
export interface BlankFeedback {
  kind: "blank";
  /** 1-based, as in the {{n}} marker of the cloze text. */
  blank: number;
  /** What the student typed, untouched. */
  given: string;
  accepted: boolean;
  /** The first accepted answer: the one to show as "the" answer. */
  expected: string;
  /** The accepted answer the typed text matched, or null when it was not accepted. */
  matchedAnswer: string | null;
  /** Accepted thanks to the one forgiven typo, so the UI can show the spelling. */
  typoForgiven: boolean;
}

/** One per pair, in the question's order of pairs (not the response's order). */
export interface PairFeedback {
  kind: "pair";
  left: string;
  givenRight: string;
  expectedRight: string;
  correct: boolean;
}

/** One per position of the ordering, first to last. */
export interface PositionFeedback {
  kind: "position";
  /** 1-based: position 1 is the first item. */
  position: number;
  given: string;
  expected: string;
  correct: boolean;
}

export interface PartFeedbackByType {
  "single-choice": ChoiceFeedback;
  "multiple-choice": ChoiceFeedback;
  "true-false": StatementFeedback;
  cloze: BlankFeedback;
  matching: PairFeedback;
  ordering: PositionFeedback;
}

export type PartFeedback = PartFeedbackByType[QuestionType];

export type GradeResultOf<T extends QuestionType> = T extends QuestionType
  ? {
      type: T;
      /** In [0, 1]; see `grade` for the partial-credit rule of each type. */
      score: number;
      /** Exactly `score === 1`. */
      correct: boolean;
      parts: PartFeedbackByType[T][];
    }
  : never;

export type GradeResult = GradeResultOf<QuestionType>;

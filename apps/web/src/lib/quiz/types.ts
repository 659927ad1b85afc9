/**
 * What the quiz pages send to the browser. Types only (no imports of the bank or
 * the grader), so client components can use them without bundling either.
 *
 * A `PresentedQuestion` never carries the answer key: no `correct` flags, no
 * accepted answers, matching rights and ordering items shuffled. The key only
 * travels inside a `QuestionFeedback`, once feedback is due.
 */
import type { PartFeedback, QuestionResponse } from "@quizdeck/core/grading";

export type QuestionType = QuestionResponse["type"];

export interface PresentedChoice {
  /** The option's opaque reference in this attempt (lib/quiz/attempt-refs.ts), never the bank's letter. */
  id: string;
  text: string;
}

/** A choice as feedback names it: with the number it had on the student's screen (1 = first shown). */
export interface DisplayChoice extends PresentedChoice {
  number: number;
}

type ChoicePart = Extract<PartFeedback, { kind: "choice" }>;

/**
 * A per-part mark of the feedback. A choice carries the number it was shown
 * with, so feedback names options as the student saw them, never by the bank's
 * unshuffled letters.
 */
export type FeedbackPart = Exclude<PartFeedback, ChoicePart> | (ChoicePart & { number: number });

interface PresentedBase {
  /**
   * An opaque per-attempt reference, not the bank's id: bank ids are readable
   * ("q-cloze-...-reversed") and can give the answer away. The responses API
   * accepts it as `questionId`.
   */
  id: string;
  prompt: string;
}

export type ClozeSegment = { kind: "text"; text: string } | { kind: "blank"; blank: number };

export type PresentedQuestion =
  | (PresentedBase & { type: "single-choice"; choices: PresentedChoice[] })
  | (PresentedBase & { type: "multiple-choice"; choices: PresentedChoice[] })
  | (PresentedBase & { type: "true-false"; statement: string })
  | (PresentedBase & { type: "cloze"; segments: ClozeSegment[]; blankCount: number })
  | (PresentedBase & { type: "matching"; lefts: string[]; rights: string[] })
  | (PresentedBase & { type: "ordering"; items: string[] });

export type PresentedQuestionOf<T extends QuestionType> = Extract<PresentedQuestion, { type: T }>;

/** An answer (given or correct) in a form the page can show as it is. */
export type DisplayAnswer =
  | { kind: "choices"; choices: DisplayChoice[] }
  | { kind: "boolean"; value: boolean }
  | { kind: "blanks"; blanks: { blank: number; text: string; alsoAccepted: string[] }[] }
  | { kind: "pairs"; pairs: { left: string; right: string }[] }
  | { kind: "order"; items: string[] };

export interface EvidenceLink {
  paragraphId: string;
  quote: string;
  /** `/article?p=<paragraphId>&q=<quote>#<paragraphId>`, or `/sources/<id>?…` for a teacher's source. */
  href: string;
  /** A teacher's source the quote comes from; absent: the article. */
  sourceTitle?: string;
}

export interface QuestionFeedback {
  /** False for a question left unanswered (results page): score 0, no parts. */
  answered: boolean;
  /** In [0, 1]. */
  score: number;
  correct: boolean;
  /** Per choice (in display order, with its number), statement, blank, pair or position. */
  parts: FeedbackPart[];
  explanation: string;
  evidence: EvidenceLink[];
  /** Null when unanswered. */
  yourAnswer: DisplayAnswer | null;
  correctAnswer: DisplayAnswer;
}

/** The attempt fields that decide how questions are shown. */
export interface ShuffleSettings {
  shuffleSeed: number;
  shuffleOptions: boolean;
}

/** 200 reply of `POST /api/attempts/[attemptId]/responses`. */
export interface RecordResponseReply {
  status: "saved" | "duplicate" | "stale";
  /** Only in immediate-feedback mode. */
  feedback?: QuestionFeedback;
}

/** 200 reply of `POST /api/attempts/[attemptId]/submit`. */
export interface SubmitAttemptReply {
  attemptId: string;
  /** In [0, 1]; null until the teacher releases scores (an assignment's release settings). */
  score: number | null;
  alreadySubmitted: boolean;
}

/** An answer the server has, as the quiz page hands it to the player. */
export interface SavedAnswer {
  response: unknown;
  revision: number;
  timeSpentMs: number;
  /** Immediate mode only. */
  feedback: QuestionFeedback | null;
}

import type { LibraryFlashcard, LibraryQuestion } from "../schema/library-item.ts";
import type { QuestionType } from "../schema/question.ts";
import type { ImportFormat } from "./import-format.ts";

/**
 * What happened to one item of the source file:
 * - `imported`: taken over as it was;
 * - `changed`: taken over, with each change listed in `changes`;
 * - `dropped`: not taken over, `reason` says why.
 */
export type ImportOutcome = "imported" | "changed" | "dropped";

export interface ImportReportEntry {
  /** 1-based position of the item in the source (questions, cards or rows, in order). */
  position: number;
  /** How the source names the item: its title or name, else the start of its text. */
  title: string;
  /** What the item is in the source format, e.g. "GIFT numerical", "QTI choice interaction". */
  sourceType: string;
  outcome: ImportOutcome;
  /** The id of the quizdeck question or flashcard made from it (not for `dropped`). */
  itemId?: string;
  itemType?: QuestionType | "flashcard";
  /** For `changed`: every change, in words a teacher can act on. */
  changes: string[];
  /** For `dropped`: why. */
  reason?: string;
}

/**
 * The result of every importer. `questions` and `flashcards` are library items
 * (`libraryQuestionSchema`, `libraryFlashcardSchema`): ungrounded (`grounded: false`,
 * no evidence) until the teacher attaches a quote. `report` has one entry per source
 * item, in source order, so nothing is dropped or changed silently.
 */
export interface ImportResult {
  format: ImportFormat;
  questions: LibraryQuestion[];
  flashcards: LibraryFlashcard[];
  report: ImportReportEntry[];
}

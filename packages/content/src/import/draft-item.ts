import type { Evidence } from "../schema/evidence.ts";

/**
 * What a format reader hands to finishImport: the source item described in
 * quizdeck's terms, before ids, tags and the schema are applied. Readers know their
 * format; finishImport applies the rules every format shares.
 */
export interface SourceRef {
  /** The source's own title or name, else the start of its text. */
  title: string;
  /** What the item is in its format, e.g. "GIFT numerical". */
  sourceType: string;
  /** The source's identifier (GIFT [id:], Moodle ID number, QTI identifier), if any. */
  sourceId?: string;
  /** The source's tags and category; quizdeck's own (difficulty-n, level-x, vocabulary ids) are read back. */
  tags?: readonly string[];
}

export interface DraftChoice {
  text: string;
  correct: boolean;
}

interface DraftBase {
  prompt: string;
  explanation: string;
  /** Source quotes, when the file carries quizdeck's own (its QTI export does). */
  evidence?: Evidence[];
}

export type DraftQuestion =
  | (DraftBase & { type: "single-choice" | "multiple-choice"; choices: DraftChoice[] })
  | (DraftBase & { type: "true-false"; answer: boolean })
  | (DraftBase & { type: "cloze"; text: string; accept: string[][] })
  | (DraftBase & { type: "matching"; pairs: { left: string; right: string }[] })
  | (DraftBase & { type: "ordering"; items: string[] });

export interface DraftFlashcard {
  type: "flashcard";
  front: string;
  back: string;
}

/** One source item: taken over (with the changes the reader had to make) or dropped. */
export type ParsedEntry =
  | { source: SourceRef; dropped: string }
  | { source: SourceRef; draft: DraftQuestion | DraftFlashcard; changes: string[] };

export function droppedEntry(source: SourceRef, reason: string): ParsedEntry {
  return { source, dropped: reason };
}

export function draftEntry(
  source: SourceRef,
  draft: DraftQuestion | DraftFlashcard,
  changes: readonly string[] = [],
): ParsedEntry {
  return { source, draft, changes: [...changes] };
}

/** A title for an item the source does not name: its first words. */
export function titleFromText(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= 60 ? line : `${line.slice(0, 59).trimEnd()}…`;
}

import type { Bank } from "../schema/bank.ts";
import type { Flashcard } from "../schema/flashcard.ts";
import { selectExportScope } from "./export-scope.ts";
import { plainTextToHtml } from "./html-text.ts";

export interface AnkiTsvExportOptions {
  /** Export only this set's flashcards. */
  setId?: string;
}

/**
 * The file headers Anki (2.1.55 and later) reads before the notes: tab-separated,
 * fields are HTML, the Basic note type when the collection has one, the columns
 * named after Basic's fields, and the third column holding the tags.
 */
export const ANKI_TSV_HEADER = [
  "#separator:tab",
  "#html:true",
  "#notetype:Basic",
  "#columns:Front\tBack\tTags",
  "#tags column:3",
] as const;

/**
 * Flashcards as a tab-separated file for Anki's "Import File": one note per line,
 * Front, Back, Tags (the card's tag ids, space-separated). Fields are HTML: the text
 * HTML-escaped with newlines as <br>, so a card shows its line breaks. Anki reads the
 * file as CSV with a tab delimiter: a field holding a tab or a double quote, or
 * starting with "#" (which would start a comment line), is wrapped in double quotes
 * with inner quotes doubled. A field starting with = + - or @ starts with that
 * character's HTML entity instead: Anki shows the same text, and a spreadsheet
 * opening the file does not run the field as a formula.
 */
export function toAnkiTsv(bank: Bank, options: AnkiTsvExportOptions = {}): string {
  const { flashcards } = selectExportScope(bank, options.setId);
  return [...ANKI_TSV_HEADER, ...flashcards.map(ankiRow)].map((line) => `${line}\n`).join("");
}

function ankiRow(card: Flashcard): string {
  return [inertHtml(card.front), inertHtml(card.back), card.tags.join(" ")]
    .map(ankiField)
    .join("\t");
}

function inertHtml(text: string): string {
  return plainTextToHtml(text).replace(/^[=+\-@]/, (char) => `&#${char.charCodeAt(0)};`);
}

/** A field as Anki's CSV reader wants it: quoted when it must be, as-is otherwise. */
export function ankiField(value: string): string {
  const needsQuotes = /[\t"\n\r]/.test(value) || value.startsWith("#");
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

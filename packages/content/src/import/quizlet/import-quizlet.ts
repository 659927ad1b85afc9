import { draftEntry, droppedEntry, type ParsedEntry, titleFromText } from "../draft-item.ts";
import { finishImport } from "../finish-import.ts";
import { ImportError } from "../import-error.ts";
import type { ImportResult } from "../import-result.ts";

export interface QuizletOptions {
  /** Between term and definition: Quizlet's default is a tab (its other choices: "," or custom). */
  termSeparator?: string;
  /** Between cards: Quizlet's default is a new line (its other choices: ";" or custom). */
  cardSeparator?: string;
}

/**
 * Quizlet's "Export" text: one card per line (or per `cardSeparator`), the term, then
 * `termSeparator` (a tab), then the definition. Each card becomes a flashcard with the
 * term on the front. A card without the separator, or with an empty side, is dropped.
 */
export function importQuizlet(text: string, options: QuizletOptions = {}): ImportResult {
  const termSeparator = options.termSeparator ?? "\t";
  const cardSeparator = options.cardSeparator ?? "\n";
  if (termSeparator === "" || cardSeparator === "") {
    throw new ImportError("quizlet", "the term and card separators cannot be empty");
  }
  const body = text.replace(/^\uFEFF/, "");
  const cards = (cardSeparator === "\n" ? body.replace(/\r\n?/g, "\n") : body)
    .split(cardSeparator)
    .filter((card) => card.trim() !== "");
  if (cards.length === 0) throw new ImportError("quizlet", "the file holds no cards");
  const entries: ParsedEntry[] = cards.map((card) => {
    const at = card.indexOf(termSeparator);
    const term = at === -1 ? card : card.slice(0, at);
    const source = { title: titleFromText(term), sourceType: "Quizlet card" };
    if (at === -1) {
      return droppedEntry(source, `no ${describe(termSeparator)} between term and definition`);
    }
    const definition = card.slice(at + termSeparator.length);
    if (term.trim() === "" || definition.trim() === "") {
      return droppedEntry(
        source,
        term.trim() === "" ? "the term is empty" : "the definition is empty",
      );
    }
    return draftEntry(source, { type: "flashcard", front: term, back: definition });
  });
  if (
    entries.every((entry) => "dropped" in entry) &&
    !cards.some((card) => card.includes(termSeparator))
  ) {
    throw new ImportError(
      "quizlet",
      `no line has a ${describe(termSeparator)} between term and definition: is this a Quizlet export (or are its separators set)?`,
    );
  }
  return finishImport("quizlet", entries);
}

function describe(separator: string): string {
  return separator === "\t" ? "tab" : `“${separator}”`;
}

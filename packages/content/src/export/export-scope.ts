import type { Bank } from "../schema/bank.ts";
import type { Flashcard } from "../schema/flashcard.ts";
import type { Question } from "../schema/question.ts";
import type { QuestionSet } from "../schema/question-set.ts";
import { MissingSetItemError, UnknownSetError } from "./export-errors.ts";

/** What one export covers: the whole bank, or one set and only the items it names. */
export interface ExportScope {
  source: Bank["source"];
  /** The exported set, or undefined when the whole bank is exported. */
  set: QuestionSet | undefined;
  questions: Question[];
  flashcards: Flashcard[];
  sets: QuestionSet[];
}

/**
 * Narrows the bank to one set (its questions and flashcards in the set's order) or,
 * without a set id, keeps all of it. An unknown set id throws UnknownSetError naming
 * the known ones; a set naming a missing item throws MissingSetItemError.
 */
export function selectExportScope(bank: Bank, setId?: string): ExportScope {
  if (setId === undefined) {
    return { ...bank, set: undefined };
  }
  const set = bank.sets.find((candidate) => candidate.id === setId);
  if (set === undefined) {
    throw new UnknownSetError(
      setId,
      bank.sets.map((candidate) => candidate.id),
    );
  }
  return {
    source: bank.source,
    set,
    questions: pick(bank.questions, set.questionIds, set.id),
    flashcards: pick(bank.flashcards, set.flashcardIds, set.id),
    sets: [set],
  };
}

function pick<T extends { id: string }>(
  items: readonly T[],
  ids: readonly string[],
  setId: string,
) {
  const byId = new Map(items.map((item) => [item.id, item]));
  return ids.map((id) => {
    const item = byId.get(id);
    if (item === undefined) throw new MissingSetItemError(setId, id);
    return item;
  });
}

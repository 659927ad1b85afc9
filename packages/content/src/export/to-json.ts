import type { Bank } from "../schema/bank.ts";
import type { Question } from "../schema/question.ts";
import { selectExportScope } from "./export-scope.ts";

export interface JsonExportOptions {
  /** Export only this set: its questions and flashcards, and the set itself. */
  setId?: string;
  /** The fingerprint of the whole bank the export was taken from (CONTENT_VERSION). */
  contentVersion?: string;
}

/**
 * The JSON contract other tools read (documented field by field in the package
 * README): `{ contentVersion?, source, questions, flashcards, sets }`, in the shape
 * of `bankSchema`, so `bankSchema.parse(JSON.parse(output))` gives the bank (or the
 * set's slice of it) back. Pretty-printed with two spaces and a final newline.
 */
export function toJson(bank: Bank, options: JsonExportOptions = {}): string {
  const scope = selectExportScope(bank, options.setId);
  const document = {
    ...(options.contentVersion === undefined ? {} : { contentVersion: options.contentVersion }),
    source: scope.source,
    questions: scope.questions.map(withCommonFieldsFirst),
    flashcards: scope.flashcards,
    sets: scope.sets,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Puts id, type and the fields every question has first, then the type's own fields. */
function withCommonFieldsFirst(question: Question) {
  const { id, type, prompt, explanation, evidence, tags, difficulty, level, ...typeFields } =
    question;
  return { id, type, prompt, explanation, evidence, tags, difficulty, level, ...typeFields };
}

import type { z } from "zod";
import {
  type LibraryFlashcard,
  type LibraryQuestion,
  libraryFlashcardSchema,
  libraryQuestionSchema,
} from "../schema/library-item.ts";
import type { DraftFlashcard, DraftQuestion, ParsedEntry } from "./draft-item.ts";
import type { ImportFormat } from "./import-format.ts";
import type { ImportReportEntry, ImportResult } from "./import-result.ts";
import { ItemIds } from "./item-ids.ts";
import { normalizeDraft } from "./normalize-draft.ts";
import { type ReadTags, readSourceTags } from "./source-tags.ts";

/** Difficulty and level of an imported question whose source does not say. */
export const IMPORTED_DIFFICULTY = 2;
export const IMPORTED_LEVEL = "recall";

/**
 * Turns what a format reader parsed into library items and the report: ids, tags and
 * labels, the shared normalisation, then the library schema (the bank's own per-type
 * rules). An item the schema refuses is dropped, with the schema's words as the reason.
 */
export function finishImport(format: ImportFormat, entries: readonly ParsedEntry[]): ImportResult {
  const ids = new ItemIds();
  const result: ImportResult = { format, questions: [], flashcards: [], report: [] };
  entries.forEach((entry, index) => {
    const position = index + 1;
    const header = {
      position,
      title: entry.source.title,
      sourceType: entry.source.sourceType,
    };
    if ("dropped" in entry) {
      result.report.push({ ...header, outcome: "dropped", changes: [], reason: entry.dropped });
      return;
    }
    const normalized = normalizeDraft(entry.draft);
    if ("dropped" in normalized) {
      result.report.push({
        ...header,
        outcome: "dropped",
        changes: [],
        reason: normalized.dropped,
      });
      return;
    }
    const changes = [...new Set([...entry.changes, ...normalized.changes])];
    const tags = readSourceTags(entry.source.tags ?? []);
    const candidates = [entry.source.sourceId, entry.source.title];
    const built =
      normalized.draft.type === "flashcard"
        ? buildFlashcard(normalized.draft, tags, ids.next("c", candidates, position))
        : buildQuestion(normalized.draft, tags, ids.next("q", candidates, position));
    if (!built.success) {
      result.report.push({
        ...header,
        outcome: "dropped",
        changes: [],
        reason: describeIssues(built.error),
      });
      return;
    }
    const item = built.data;
    if ("front" in item) result.flashcards.push(item);
    else result.questions.push(item);
    result.report.push({
      ...header,
      outcome: changes.length === 0 ? "imported" : "changed",
      itemId: item.id,
      itemType: "front" in item ? "flashcard" : item.type,
      changes,
    } satisfies ImportReportEntry);
  });
  return result;
}

type Built<T> = { success: true; data: T } | { success: false; error: z.ZodError };

function buildQuestion(draft: DraftQuestion, tags: ReadTags, id: string): Built<LibraryQuestion> {
  const { type, prompt, explanation, evidence = [], ...typeFields } = draft;
  const fields =
    "choices" in typeFields
      ? {
          choices: typeFields.choices.map((choice, index) => ({
            id: String.fromCharCode(97 + index),
            ...choice,
          })),
        }
      : typeFields;
  return libraryQuestionSchema.safeParse({
    id,
    type,
    prompt,
    explanation,
    evidence,
    tags: tags.tags,
    difficulty: tags.difficulty ?? IMPORTED_DIFFICULTY,
    level: tags.level ?? IMPORTED_LEVEL,
    grounded: evidence.length > 0,
    labels: tags.labels,
    ...fields,
  });
}

function buildFlashcard(
  draft: DraftFlashcard,
  tags: ReadTags,
  id: string,
): Built<LibraryFlashcard> {
  return libraryFlashcardSchema.safeParse({
    id,
    front: draft.front,
    back: draft.back,
    evidence: [],
    tags: tags.tags,
    grounded: false,
    labels: tags.labels,
  });
}

/** The schema's complaints as one sentence a teacher can read. */
function describeIssues(error: z.ZodError): string {
  const messages = error.issues.map((issue) =>
    issue.path.length === 0 ? issue.message : `${issue.path.join(".")}: ${issue.message}`,
  );
  return `quizdeck cannot hold it as it is: ${[...new Set(messages)].join("; ")}`;
}

import { v7 as uuidv7 } from "uuid";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { ConflictError, InvalidInputError, NotFoundError, parseInput } from "../../errors.ts";
import { LIMITS } from "../../fields/limits.ts";
import { inTransaction, type Tx } from "../../transaction.ts";
import { groundInArticle } from "./internal/ground-in-article.ts";
import { storedImport } from "./internal/stored-import.ts";
import { newVersionId } from "./internal/version-id.ts";
import { LIBRARY_POLICY } from "./library-policy.ts";

const saveLibraryImportSchema = z.object({
  teacherId: z.string().min(1),
  importId: z.string().min(1),
  /** Also make a set of everything imported, titled after the file. */
  makeSet: z.boolean().default(true),
});
export type SaveLibraryImportOptions = z.input<typeof saveLibraryImportSchema> & { now?: Date };

/**
 * Saves a previewed import into the teacher's library, once: each question and
 * card becomes an item (version 1, its origin the format). Items without a
 * source quote stay ungrounded until the teacher attaches one, as do those whose
 * quotes are not verbatim in the bundled article (readImportFile's preview
 * already says so). Optionally a set of them all: several numbered sets when
 * there are more than one set may hold, so nothing imported is left out of them.
 */
export async function saveLibraryImport(db: Db, options: SaveLibraryImportOptions) {
  const input = parseInput(saveLibraryImportSchema, options);
  return inTransaction(db, async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; teacherId: string; savedAt: Date | null }[]>`
      SELECT id, "teacherId", "savedAt" FROM "library_import" WHERE id = ${input.importId} FOR UPDATE`;
    const row = rows[0];
    if (!row || row.teacherId !== input.teacherId) {
      throw new NotFoundError("That import does not exist.");
    }
    if (row.savedAt) throw new ConflictError("This file is in your library already.");
    const stored = await tx.libraryImport.findUniqueOrThrow({ where: { id: input.importId } });
    // As previewed (an import read before the check came in gets it here).
    const result = groundInArticle(storedImport(stored.result));
    if (result.questions.length + result.flashcards.length === 0) {
      throw new InvalidInputError("Nothing in this file could be imported; see the report.");
    }
    // Two statements however long the file (an import holds up to 1,000 items): one
    // ORM call per item cost about a millisecond each, all inside this transaction.
    const items = [
      ...result.questions.map((content) => ({ kind: "question" as const, content })),
      ...result.flashcards.map((content) => ({ kind: "flashcard" as const, content })),
    ].map(({ kind, content }) => ({ id: uuidv7(), versionId: newVersionId(kind), kind, content }));
    await tx.libraryItem.createMany({
      data: items.map(({ id, kind }) => ({
        id,
        teacherId: input.teacherId,
        kind,
        origin: stored.format,
      })),
    });
    await tx.libraryItemVersion.createMany({
      data: items.map(({ id, versionId, content }) => ({
        id: versionId,
        itemId: id,
        number: 1,
        content: { ...content, id: versionId },
      })),
    });
    const idsOf = (kind: "question" | "flashcard") =>
      items.filter((item) => item.kind === kind).map((item) => item.id);
    const questionIds = idsOf("question");
    const flashcardIds = idsOf("flashcard");
    const setIds = input.makeSet
      ? await createImportedSets(tx, input.teacherId, stored.fileName, questionIds, flashcardIds)
      : [];
    await tx.libraryImport.update({
      where: { id: input.importId },
      data: { savedAt: options.now ?? new Date() },
    });
    return {
      questionCount: questionIds.length,
      flashcardCount: flashcardIds.length,
      setIds,
    };
  });
}

/** The sets of everything imported, each within a set's limits, in the file's order. */
async function createImportedSets(
  tx: Tx,
  teacherId: string,
  fileName: string,
  questionIds: readonly string[],
  flashcardIds: readonly string[],
): Promise<string[]> {
  const parts = Math.max(
    1,
    Math.ceil(questionIds.length / LIMITS.assignmentQuestionsMax),
    Math.ceil(flashcardIds.length / LIMITS.assignmentFlashcardsMax),
  );
  const setIds: string[] = [];
  for (let part = 0; part < parts; part++) {
    const questions = questionIds.slice(
      part * LIMITS.assignmentQuestionsMax,
      (part + 1) * LIMITS.assignmentQuestionsMax,
    );
    const flashcards = flashcardIds.slice(
      part * LIMITS.assignmentFlashcardsMax,
      (part + 1) * LIMITS.assignmentFlashcardsMax,
    );
    const set = await tx.librarySet.create({
      data: {
        teacherId,
        title: LIBRARY_POLICY.importedSetTitle(fileName, part + 1, parts),
        sections: [
          {
            title: "Questions",
            draw: null,
            questions: questions.map((id) => ({ kind: "library", id })),
          },
        ],
        flashcards: flashcards.map((id) => ({ kind: "library", id })),
      },
      select: { id: true },
    });
    setIds.push(set.id);
  }
  return setIds;
}

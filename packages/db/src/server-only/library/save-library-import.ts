import type { LibraryFlashcard, LibraryQuestion } from "@quizdeck/content/schema";
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
    const create = async (
      kind: "question" | "flashcard",
      content: LibraryQuestion | LibraryFlashcard,
    ) => {
      const versionId = newVersionId(kind);
      const item = await tx.libraryItem.create({
        data: {
          teacherId: input.teacherId,
          kind,
          origin: stored.format,
          versions: {
            create: {
              id: versionId,
              number: 1,
              content: { ...content, id: versionId },
            },
          },
        },
        select: { id: true },
      });
      return item.id;
    };
    const questionIds: string[] = [];
    for (const question of result.questions) questionIds.push(await create("question", question));
    const flashcardIds: string[] = [];
    for (const card of result.flashcards) flashcardIds.push(await create("flashcard", card));
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
        title: LIBRARY_POLICY.importedSetTitle(fileName, part + 1, parts).slice(
          0,
          LIMITS.librarySetTitleMax,
        ),
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

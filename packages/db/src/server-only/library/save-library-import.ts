import type { LibraryFlashcard, LibraryQuestion } from "@quizdeck/content/schema";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { ConflictError, InvalidInputError, NotFoundError, parseInput } from "../../errors.ts";
import { LIMITS } from "../../fields/limits.ts";
import { inTransaction } from "../../transaction.ts";
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
 * already says so). Optionally a set of them all.
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
    const set = input.makeSet
      ? await tx.librarySet.create({
          data: {
            teacherId: input.teacherId,
            title: LIBRARY_POLICY.importedSetTitle(stored.fileName).slice(
              0,
              LIMITS.librarySetTitleMax,
            ),
            sections: [
              {
                title: "Questions",
                draw: null,
                questions: questionIds.map((id) => ({ kind: "library", id })),
              },
            ],
            flashcards: flashcardIds.map((id) => ({ kind: "library", id })),
          },
          select: { id: true },
        })
      : null;
    await tx.libraryImport.update({
      where: { id: input.importId },
      data: { savedAt: options.now ?? new Date() },
    });
    return {
      questionCount: questionIds.length,
      flashcardCount: flashcardIds.length,
      setId: set?.id ?? null,
    };
  });
}

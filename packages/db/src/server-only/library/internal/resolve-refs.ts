import { findFlashcard, findQuestion } from "@quizdeck/content/bank";
import type {
  Flashcard,
  LibraryFlashcard,
  LibraryQuestion,
  Question,
} from "@quizdeck/content/schema";
import type { Db } from "../../../client/create-prisma-client.ts";
import type { ItemRef, LibrarySetStructure } from "../../../fields/library.ts";
import type { Tx } from "../../../transaction.ts";
import { libraryContent } from "./library-content.ts";

/** A question or card of a set as it stands now: the bank's, or the library item's latest version. */
export type ResolvedEntry<T> = {
  ref: ItemRef;
  /** The id an assignment would hold: the bank id, or the latest version's id. */
  id: string;
  content: T;
  /** For library items: the version, its source (null: the article) and whether it is frozen. */
  library: {
    itemId: string;
    number: number;
    sourceId: string | null;
    sourceTitle: string | null;
    origin: string;
  } | null;
};

/**
 * Every item of a set structure as it stands: bank items from the bank, library
 * items (the teacher's own; others are left out) at their latest version, in
 * one query. An item that has gone (archived, or out of the bank) is left out.
 */
export async function resolveRefs(db: Db | Tx, teacherId: string, structure: LibrarySetStructure) {
  const libraryIds = [
    ...structure.sections.flatMap((section) => section.questions),
    ...structure.flashcards,
  ]
    .filter((ref) => ref.kind === "library")
    .map((ref) => ref.id);
  const items =
    libraryIds.length === 0
      ? []
      : await db.libraryItem.findMany({
          where: { id: { in: libraryIds }, teacherId, archivedAt: null },
          include: {
            versions: {
              orderBy: { number: "desc" },
              take: 1,
              include: { source: { select: { title: true } } },
            },
          },
        });
  const latest = new Map(
    items.flatMap((item) => {
      const version = item.versions[0];
      return version ? [[item.id, { item, version }] as const] : [];
    }),
  );
  const resolve = <T>(ref: ItemRef, kind: "question" | "flashcard"): ResolvedEntry<T> | null => {
    if (ref.kind === "bank") {
      const content = kind === "question" ? findQuestion(ref.id) : findFlashcard(ref.id);
      return content ? { ref, id: ref.id, content: content as T, library: null } : null;
    }
    const found = latest.get(ref.id);
    if (!found || found.item.kind !== kind) return null;
    return {
      ref,
      id: found.version.id,
      content: libraryContent(kind, found.version.content) as T,
      library: {
        itemId: found.item.id,
        number: found.version.number,
        sourceId: found.version.sourceId,
        sourceTitle: found.version.source?.title ?? null,
        origin: found.item.origin,
      },
    };
  };
  return {
    sections: structure.sections.map((section) => ({
      title: section.title,
      draw: section.draw,
      questions: section.questions
        .map((ref) => resolve<Question | LibraryQuestion>(ref, "question"))
        .filter((entry) => entry !== null),
    })),
    flashcards: structure.flashcards
      .map((ref) => resolve<Flashcard | LibraryFlashcard>(ref, "flashcard"))
      .filter((entry) => entry !== null),
  };
}

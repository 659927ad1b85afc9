import type { Db } from "../../../client/create-prisma-client.ts";
import { InvalidInputError } from "../../../errors.ts";
import { storedStructure } from "./check-structure.ts";
import { drawPoolsOf } from "./draw-pools.ts";
import { requireOwnSet } from "./require-own.ts";
import { resolveRefs } from "./resolve-refs.ts";

/**
 * A teacher's set as an assignment holds it: question ids (bank ids and the
 * latest version of each library question), flashcard ids (bank ids and the
 * library card's item id: a student's memory of a card outlives its edits, and
 * they review its latest published version), the draw pools when a section
 * draws fewer than it holds, and the library versions it names (`versionIds`),
 * which the assignment freezes as it is created: later edits become new
 * versions, and what students take stays what was assigned; a card's next
 * version is published as it is saved.
 */
export async function assignableSet(db: Db, teacherId: string, setId: string) {
  const set = await requireOwnSet(db, teacherId, setId);
  const resolved = await resolveRefs(db, teacherId, storedStructure(set.sections, set.flashcards));
  const questionIds = resolved.sections.flatMap((section) =>
    section.questions.map((entry) => entry.id),
  );
  const flashcardIds = resolved.flashcards.map((entry) => entry.library?.itemId ?? entry.id);
  if (questionIds.length + flashcardIds.length === 0) {
    throw new InvalidInputError(
      "That set has no questions or flashcards yet. Add some, then assign it.",
      {
        librarySetId: ["That set has no questions or flashcards yet."],
      },
    );
  }
  const draw = drawPoolsOf(resolved.sections);
  const versionIds = [
    ...resolved.sections.flatMap((section) => section.questions),
    ...resolved.flashcards,
  ]
    .filter((entry) => entry.library !== null)
    .map((entry) => entry.id);
  return { title: set.title, questionIds, flashcardIds, draw, versionIds };
}

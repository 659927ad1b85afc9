import { findFlashcard, findQuestion } from "@quizdeck/content/bank";
import type { Db } from "../../../client/create-prisma-client.ts";
import { InvalidInputError } from "../../../errors.ts";
import {
  type ItemRef,
  type LibrarySetStructure,
  librarySetStructureSchema,
} from "../../../fields/library.ts";
import { LIMITS } from "../../../fields/limits.ts";
import type { Tx } from "../../../transaction.ts";

/** A stored set's structure (checked when written). */
export function storedStructure(sections: unknown, flashcards: unknown): LibrarySetStructure {
  return librarySetStructureSchema.parse({ sections, flashcards });
}

/**
 * What a set may hold: bank items that exist, and the teacher's own library
 * items of the right kind (someone else's is refused as unknown), each question
 * once across the sections, at most as many as an assignment takes.
 */
export async function checkStructure(
  db: Db | Tx,
  teacherId: string,
  structure: LibrarySetStructure,
): Promise<void> {
  const questions = structure.sections.flatMap((section) => section.questions);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const ref of questions) {
    const key = `${ref.kind}:${ref.id}`;
    if (seen.has(key)) problems.push("A question is in the set twice.");
    seen.add(key);
  }
  if (questions.length > LIMITS.assignmentQuestionsMax) {
    problems.push(`A set holds at most ${LIMITS.assignmentQuestionsMax} questions.`);
  }
  const unknownBank = [
    ...questions.filter((ref) => ref.kind === "bank" && !findQuestion(ref.id)),
    ...structure.flashcards.filter((ref) => ref.kind === "bank" && !findFlashcard(ref.id)),
  ];
  if (unknownBank.length > 0) problems.push(`Unknown bank items: ${idsOf(unknownBank)}.`);
  const libraryRefs = (refs: ItemRef[]) => refs.filter((ref) => ref.kind === "library");
  const wanted = [
    ...libraryRefs(questions).map((ref) => ({ ...ref, itemKind: "question" as const })),
    ...libraryRefs(structure.flashcards).map((ref) => ({ ...ref, itemKind: "flashcard" as const })),
  ];
  if (wanted.length > 0) {
    const owned = await db.libraryItem.findMany({
      where: { id: { in: wanted.map((ref) => ref.id) }, teacherId, archivedAt: null },
      select: { id: true, kind: true },
    });
    const kindOf = new Map(owned.map((item) => [item.id, item.kind]));
    const missing = wanted.filter((ref) => kindOf.get(ref.id) !== ref.itemKind);
    if (missing.length > 0) problems.push("Some of the chosen items are not in your library.");
  }
  if (problems.length > 0) {
    throw new InvalidInputError(problems[0] ?? "", { structure: [...new Set(problems)] });
  }
}

function idsOf(refs: readonly ItemRef[]): string {
  return refs.map((ref) => ref.id).join(", ");
}

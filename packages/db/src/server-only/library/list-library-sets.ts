import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { storedStructure } from "./internal/check-structure.ts";

const listLibrarySetsSchema = z.object({ teacherId: z.string().min(1) });

/** The teacher's sets, most recently changed first, with their counts and whether they draw. */
export async function listLibrarySets(db: Db, options: z.input<typeof listLibrarySetsSchema>) {
  const { teacherId } = parseInput(listLibrarySetsSchema, options);
  const sets = await db.librarySet.findMany({
    where: { teacherId },
    orderBy: { updatedAt: "desc" },
  });
  return sets.map((set) => {
    const structure = storedStructure(set.sections, set.flashcards);
    const questions = structure.sections.flatMap((section) => section.questions).length;
    const perAttempt = structure.sections.reduce(
      (sum, section) => sum + (section.draw ?? section.questions.length),
      0,
    );
    return {
      id: set.id,
      title: set.title,
      description: set.description,
      questionCount: questions,
      questionsPerAttempt: perAttempt,
      flashcardCount: structure.flashcards.length,
      sectionCount: structure.sections.length,
      updatedAt: set.updatedAt,
    };
  });
}

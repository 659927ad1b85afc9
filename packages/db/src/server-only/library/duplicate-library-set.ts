import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { LIMITS } from "../../fields/limits.ts";
import { requireOwnSet } from "./internal/require-own.ts";

const duplicateLibrarySetSchema = z.object({
  teacherId: z.string().min(1),
  setId: z.string().min(1),
});

/** A copy of one of the teacher's sets ("… (copy)"), with the same items: the items are shared, not copied. */
export async function duplicateLibrarySet(
  db: Db,
  options: z.input<typeof duplicateLibrarySetSchema>,
) {
  const { teacherId, setId } = parseInput(duplicateLibrarySetSchema, options);
  const set = await requireOwnSet(db, teacherId, setId);
  const title = `${set.title} (copy)`.slice(0, LIMITS.librarySetTitleMax);
  return db.librarySet.create({
    data: {
      teacherId,
      title,
      description: set.description,
      sections: set.sections ?? [],
      flashcards: set.flashcards ?? [],
    },
    select: { id: true, title: true },
  });
}

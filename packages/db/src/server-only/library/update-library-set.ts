import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import {
  librarySetDescriptionField,
  librarySetStructureSchema,
  librarySetTitleField,
} from "../../fields/library.ts";
import { checkStructure } from "./internal/check-structure.ts";
import { requireOwnSet } from "./internal/require-own.ts";

const updateLibrarySetSchema = z.object({
  teacherId: z.string().min(1),
  setId: z.string().min(1),
  title: librarySetTitleField,
  description: librarySetDescriptionField,
  structure: librarySetStructureSchema,
});
export type UpdateLibrarySetOptions = z.input<typeof updateLibrarySetSchema>;

/**
 * Saves a set as its editor shows it: title, description, sections in order
 * (each with its questions in order and how many to draw) and flashcards.
 * Assignments made from it earlier keep what they were given.
 */
export async function updateLibrarySet(db: Db, options: UpdateLibrarySetOptions) {
  const input = parseInput(updateLibrarySetSchema, options);
  await requireOwnSet(db, input.teacherId, input.setId);
  await checkStructure(db, input.teacherId, input.structure);
  return db.librarySet.update({
    where: { id: input.setId },
    data: {
      title: input.title,
      description: input.description,
      sections: input.structure.sections,
      flashcards: input.structure.flashcards,
    },
    select: { id: true, title: true },
  });
}

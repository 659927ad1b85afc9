import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import {
  librarySetDescriptionField,
  librarySetStructureSchema,
  librarySetTitleField,
} from "../../fields/library.ts";
import { requireUser } from "../user/internal/require-user.ts";
import { checkStructure } from "./internal/check-structure.ts";

const createLibrarySetSchema = z.object({
  teacherId: z.string().min(1),
  title: librarySetTitleField,
  description: librarySetDescriptionField,
  structure: librarySetStructureSchema.default({
    sections: [{ title: "Questions", draw: null, questions: [] }],
    flashcards: [],
  }),
});
export type CreateLibrarySetOptions = z.input<typeof createLibrarySetSchema>;

/** A new set in the teacher's library: empty (one section), or with the items given. */
export async function createLibrarySet(db: Db, options: CreateLibrarySetOptions) {
  const input = parseInput(createLibrarySetSchema, options);
  await requireUser(db, input.teacherId, "teacher");
  await checkStructure(db, input.teacherId, input.structure);
  return db.librarySet.create({
    data: {
      teacherId: input.teacherId,
      title: input.title,
      description: input.description,
      sections: input.structure.sections,
      flashcards: input.structure.flashcards,
    },
    select: { id: true, title: true },
  });
}

import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { storedStructure } from "./internal/check-structure.ts";
import { requireOwnSet } from "./internal/require-own.ts";
import { resolveRefs } from "./internal/resolve-refs.ts";

const getLibrarySetSchema = z.object({ teacherId: z.string().min(1), setId: z.string().min(1) });

/**
 * One of the teacher's sets for its editor and preview: the stored structure
 * and every item resolved (bank items, library items at their latest version).
 */
export async function getLibrarySet(db: Db, options: z.input<typeof getLibrarySetSchema>) {
  const { teacherId, setId } = parseInput(getLibrarySetSchema, options);
  const set = await requireOwnSet(db, teacherId, setId);
  const structure = storedStructure(set.sections, set.flashcards);
  return {
    id: set.id,
    title: set.title,
    description: set.description,
    updatedAt: set.updatedAt,
    structure,
    resolved: await resolveRefs(db, teacherId, structure),
  };
}

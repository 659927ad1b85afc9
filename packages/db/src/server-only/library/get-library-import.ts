import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { NotFoundError, parseInput } from "../../errors.ts";
import { storedImport } from "./internal/stored-import.ts";

const getLibraryImportSchema = z.object({
  teacherId: z.string().min(1),
  importId: z.string().min(1),
});

/** A file the teacher read for import: its items and report, and whether it was saved. */
export async function getLibraryImport(db: Db, options: z.input<typeof getLibraryImportSchema>) {
  const { teacherId, importId } = parseInput(getLibraryImportSchema, options);
  const row = await db.libraryImport.findUnique({ where: { id: importId } });
  if (!row || row.teacherId !== teacherId) throw new NotFoundError("That import does not exist.");
  return {
    id: row.id,
    fileName: row.fileName,
    format: row.format,
    createdAt: row.createdAt,
    savedAt: row.savedAt,
    ...storedImport(row.result),
  };
}

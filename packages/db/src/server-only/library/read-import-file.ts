import { IMPORT_FORMATS, ImportError, importContent } from "@quizdeck/content/import";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { InvalidInputError, parseInput } from "../../errors.ts";
import { LIMITS } from "../../fields/limits.ts";
import { requireUser } from "../user/internal/require-user.ts";
import { groundInArticle } from "./internal/ground-in-article.ts";

const readImportFileSchema = z.object({
  teacherId: z.string().min(1),
  fileName: z
    .string()
    .trim()
    .min(1, "Choose a file.")
    .max(LIMITS.importFileNameMax, "That file name is too long."),
  format: z.enum(IMPORT_FORMATS, { error: "Choose the file's format." }),
  /** The file's bytes, base64-encoded. */
  content: z.string().min(1, "Choose a file."),
});
export type ReadImportFileOptions = z.input<typeof readImportFileSchema>;

/**
 * Reads a file to import (GIFT, Moodle XML, QTI item or package, Quizlet, CSV)
 * and keeps the result, unsaved, for the teacher to check: every item as it
 * would be imported, and the report of what was changed or dropped and why.
 * Quotes that are not verbatim in the bundled article are not kept (the item
 * is ungrounded, and the report says so). Nothing reaches the library until
 * saveLibraryImport. A file that cannot be
 * read at all is refused with the importer's reason.
 */
export async function readImportFile(db: Db, options: ReadImportFileOptions) {
  const input = parseInput(readImportFileSchema, options);
  await requireUser(db, input.teacherId, "teacher");
  const bytes = Buffer.from(input.content, "base64");
  if (bytes.length === 0) {
    throw new InvalidInputError("That file is empty.", { file: ["That file is empty."] });
  }
  if (bytes.length > LIMITS.importFileBytesMax) {
    const message = `That file is larger than ${Math.round(LIMITS.importFileBytesMax / 1024)} KB.`;
    throw new InvalidInputError(message, { file: [message] });
  }
  let result: ReturnType<typeof importContent>;
  try {
    result = importContent(new Uint8Array(bytes), input.format);
  } catch (error) {
    if (error instanceof ImportError) {
      throw new InvalidInputError(error.message, { file: [error.message] });
    }
    throw error;
  }
  // Counted on the report (one entry per item in the file, dropped ones too): a small
  // file of one-line items can hold a hundred thousand, each a row to save.
  if (result.report.length > LIMITS.importItemsMax) {
    const message = `That file holds ${result.report.length} items; import at most ${LIMITS.importItemsMax} at a time (split the file).`;
    throw new InvalidInputError(message, { file: [message] });
  }
  return db.libraryImport.create({
    data: {
      teacherId: input.teacherId,
      fileName: input.fileName,
      format: input.format,
      result: JSON.parse(JSON.stringify(groundInArticle(result))),
    },
    select: { id: true },
  });
}

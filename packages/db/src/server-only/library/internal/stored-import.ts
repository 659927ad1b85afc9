import type { ImportReportEntry } from "@quizdeck/content/import";
import { libraryItemsSchema } from "@quizdeck/content/schema";
import { z } from "zod";

const reportEntrySchema = z.object({
  position: z.number(),
  title: z.string(),
  sourceType: z.string(),
  outcome: z.enum(["imported", "changed", "dropped"]),
  itemId: z.string().optional(),
  itemType: z.string().optional(),
  changes: z.array(z.string()),
  reason: z.string().optional(),
});

/** An import's stored result (written by readImportFile) read back. */
export function storedImport(result: unknown) {
  const parsed = libraryItemsSchema.extend({ report: z.array(reportEntrySchema) }).parse(result);
  return { ...parsed, report: parsed.report as ImportReportEntry[] };
}

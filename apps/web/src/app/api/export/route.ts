import { EXPORT_FORMATS, ExportError, exportBank, isExportFormat } from "@quizdeck/content/export";
import { NotFoundError } from "@quizdeck/db/errors";
import { z } from "zod";
import { downloadResponse, EXPORT_FILES } from "@/server/http/download";
import { defineRoute } from "@/server/route/define-route";

/** The bank, or one set of it, as a file for Moodle, Anki or any tool reading the JSON contract. */
export const GET = defineRoute({
  access: "teacher",
  query: z.object({
    format: z
      .string()
      .default("")
      .refine(isExportFormat, {
        error: (issue) =>
          `Unknown format "${String(issue.input).slice(0, 40)}"; use one of ${EXPORT_FORMATS.join(", ")}.`,
      }),
    set: z.string().optional(),
  }),
  rateLimit: "download",
  async handle({ query }) {
    const format = query.format as (typeof EXPORT_FORMATS)[number];
    const setId = query.set || undefined;
    let body: string;
    try {
      body = exportBank(format, setId ? { setId } : {});
    } catch (error) {
      if (error instanceof ExportError) throw new NotFoundError(error.message);
      throw error;
    }
    const file = EXPORT_FILES[format];
    return downloadResponse(body, `quizdeck-${setId ?? "bank"}.${file.extension}`, file.type);
  },
});

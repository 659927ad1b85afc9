import { EXPORT_FORMATS, renderExport, toQti3Package } from "@quizdeck/content/export";
import { getDb } from "@quizdeck/db";
import { idField } from "@quizdeck/db/fields";
import { exportLibrarySet } from "@quizdeck/db/library";
import { z } from "zod";
import { downloadResponse, EXPORT_FILES, QTI3_FILE } from "@/server/http/download";
import { defineRoute } from "@/server/route/define-route";

const FORMATS = [...EXPORT_FORMATS, "qti3"] as const;

/** One of the teacher's sets as a file: the bank's export formats, or a QTI 3.0 package. */
export const GET = defineRoute({
  access: "teacher",
  params: z.object({ setId: idField("That set") }),
  query: z.object({
    format: z.enum(FORMATS, { error: `Use one of ${FORMATS.join(", ")}.` }),
  }),
  rateLimit: "download",
  async handle({ user, params, query }) {
    const { bank, setId, title } = await exportLibrarySet(getDb(), {
      teacherId: user.id,
      setId: params.setId,
    });
    const name = `quizdeck-${title}`;
    if (query.format === "qti3") {
      return downloadResponse(
        toQti3Package(bank, { setId }),
        `${name}.${QTI3_FILE.extension}`,
        QTI3_FILE.type,
      );
    }
    const file = EXPORT_FILES[query.format];
    return downloadResponse(
      renderExport(bank, query.format, { setId }),
      `${name}.${file.extension}`,
      file.type,
    );
  },
});

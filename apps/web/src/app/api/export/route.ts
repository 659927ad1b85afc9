import {
  EXPORT_FORMATS,
  ExportError,
  type ExportFormat,
  exportBank,
  isExportFormat,
} from "@quizdeck/content/export";
import type { NextRequest } from "next/server";
import { jsonError } from "@/lib/http/json-error";
import { getCurrentUser } from "@/lib/session";

const FILES: Record<ExportFormat, { extension: string; type: string }> = {
  json: { extension: "json", type: "application/json; charset=utf-8" },
  gift: { extension: "gift.txt", type: "text/plain; charset=utf-8" },
  "moodle-xml": { extension: "moodle.xml", type: "application/xml; charset=utf-8" },
  "anki-tsv": { extension: "anki.txt", type: "text/tab-separated-values; charset=utf-8" },
};

/** The bank, or one set of it, as a file for Moodle, Anki or any tool reading the JSON contract. */
export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (user?.role !== "teacher")
    return jsonError(403, "FORBIDDEN", "Exports are for teachers. Sign in as a teacher.");
  const format = request.nextUrl.searchParams.get("format") ?? "";
  const setId = request.nextUrl.searchParams.get("set") || undefined;
  if (!isExportFormat(format)) {
    return jsonError(
      400,
      "BAD_FORMAT",
      `Unknown format "${format.slice(0, 40)}"; use one of ${EXPORT_FORMATS.join(", ")}.`,
    );
  }
  const file = FILES[format];
  try {
    const body = exportBank(format, setId ? { setId } : {});
    const name = `quizdeck-${setId ?? "bank"}.${file.extension}`;
    return new Response(body, {
      headers: {
        "content-type": file.type,
        "content-disposition": `attachment; filename="${name}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof ExportError) return jsonError(404, "UNKNOWN_SET", error.message);
    throw error;
  }
}

import type { ExportFormat } from "@quizdeck/content/export";

/** The file each export format downloads as. */
export const EXPORT_FILES: Record<ExportFormat, { extension: string; type: string }> = {
  json: { extension: "json", type: "application/json; charset=utf-8" },
  gift: { extension: "gift.txt", type: "text/plain; charset=utf-8" },
  "moodle-xml": { extension: "moodle.xml", type: "application/xml; charset=utf-8" },
  "anki-tsv": { extension: "anki.txt", type: "text/tab-separated-values; charset=utf-8" },
};

/** A file download: never cached, named for the browser's save dialog (any characters, RFC 6266). */
export function downloadResponse(body: string, filename: string, type: string): Response {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, "-");
  return new Response(body, {
    headers: {
      "content-type": type,
      "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "cache-control": "no-store",
    },
  });
}

import type { ExportFormat } from "@quizdeck/content/export";

/** The file each export format downloads as. */
export const EXPORT_FILES: Record<ExportFormat, { extension: string; type: string }> = {
  json: { extension: "json", type: "application/json; charset=utf-8" },
  gift: { extension: "gift.txt", type: "text/plain; charset=utf-8" },
  "moodle-xml": { extension: "moodle.xml", type: "application/xml; charset=utf-8" },
  "anki-tsv": { extension: "anki.txt", type: "text/tab-separated-values; charset=utf-8" },
};

/** A QTI 3.0 content package (manifest and items, zipped). */
export const QTI3_FILE = { extension: "qti3.zip", type: "application/zip" };

/** A file download: never cached, named for the browser's save dialog (any characters, RFC 6266). */
export function downloadResponse(
  body: string | Uint8Array,
  filename: string,
  type: string,
): Response {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, "-");
  // Bytes are copied into a plain ArrayBuffer, which is what a Response body takes.
  return new Response(typeof body === "string" ? body : new Uint8Array(body).buffer, {
    headers: {
      "content-type": type,
      "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "cache-control": "no-store",
    },
  });
}

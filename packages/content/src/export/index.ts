import { bank } from "../bank/index.ts";
import { CONTENT_VERSION } from "../content-version.ts";
import type { ExportFormat } from "./export-format.ts";
import { type ExportOptions, renderExport } from "./render-export.ts";
import { toQti3Package } from "./to-qti3.ts";

export * from "./export-errors.ts";
export * from "./export-format.ts";
export { type ExportScope, selectExportScope } from "./export-scope.ts";
export { type ExportOptions, renderExport } from "./render-export.ts";
export { ANKI_TSV_HEADER, toAnkiTsv } from "./to-anki-tsv.ts";
export { GIFT_BLANK, orderingPositionLabel, toGift } from "./to-gift.ts";
export { toJson } from "./to-json.ts";
export { toMoodleXml } from "./to-moodle-xml.ts";
export { type Qti3ExportOptions, qti3Files, toQti3Package } from "./to-qti3.ts";

/**
 * The shipped bank in the given format, as the text of a file; the JSON export is
 * stamped with the bank's CONTENT_VERSION. Importing this module loads (parses) the
 * bank; use renderExport for any other Bank value.
 */
export function exportBank(format: ExportFormat, options: ExportOptions = {}): string {
  return renderExport(bank, format, { ...options, contentVersion: CONTENT_VERSION });
}

/** The shipped bank's questions (or one set's) as a QTI 3.0 content package (zip bytes). */
export function exportBankQti3(options: ExportOptions = {}): Uint8Array {
  return toQti3Package(bank, options);
}

import { bank } from "../bank/index.ts";
import { CONTENT_VERSION } from "../content-version.ts";
import type { ExportFormat } from "./export-format.ts";
import { type ExportOptions, renderExport } from "./render-export.ts";

export * from "./export-errors.ts";
export * from "./export-format.ts";
export { type ExportScope, selectExportScope } from "./export-scope.ts";
export { type ExportOptions, renderExport } from "./render-export.ts";
export { ANKI_TSV_HEADER, toAnkiTsv } from "./to-anki-tsv.ts";
export { GIFT_BLANK, orderingPositionLabel, toGift } from "./to-gift.ts";
export { toJson } from "./to-json.ts";
export { toMoodleXml } from "./to-moodle-xml.ts";

/**
 * The shipped bank in the given format, as the text of a file; the JSON export is
 * stamped with the bank's CONTENT_VERSION. Importing this module loads (parses) the
 * bank; use renderExport for any other Bank value.
 */
export function exportBank(format: ExportFormat, options: ExportOptions = {}): string {
  return renderExport(bank, format, { ...options, contentVersion: CONTENT_VERSION });
}

import type { Bank } from "../schema/bank.ts";
import { UnknownExportFormatError } from "./export-errors.ts";
import type { ExportFormat } from "./export-format.ts";
import { toAnkiTsv } from "./to-anki-tsv.ts";
import { toGift } from "./to-gift.ts";
import { toJson } from "./to-json.ts";
import { toMoodleXml } from "./to-moodle-xml.ts";

export interface ExportOptions {
  /**
   * Export one set: its questions (json, gift, moodle-xml) or its flashcards
   * (anki-tsv). An unknown id throws UnknownSetError, which lists the known ones.
   */
  setId?: string;
}

/**
 * Any bank (the shipped one, or a test fixture) in the given format, as the text of
 * a file. `contentVersion` stamps the JSON export.
 */
export function renderExport(
  content: Bank,
  format: ExportFormat,
  options: ExportOptions & { contentVersion?: string } = {},
): string {
  switch (format) {
    case "json":
      return toJson(content, options);
    case "gift":
      return toGift(content, options);
    case "moodle-xml":
      return toMoodleXml(content, options);
    case "anki-tsv":
      return toAnkiTsv(content, options);
    default:
      throw new UnknownExportFormatError(String(format satisfies never));
  }
}

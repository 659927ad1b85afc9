import { strToU8, zipSync } from "fflate";
import type { Bank } from "../schema/bank.ts";
import { UnrepresentableContentError } from "./export-errors.ts";
import { selectExportScope } from "./export-scope.ts";
import { qti3Item } from "./qti3/qti3-item.ts";
import { qti3ItemPath, qti3Manifest } from "./qti3/qti3-manifest.ts";
import { isXmlSafe } from "./xml-text.ts";

export interface Qti3ExportOptions {
  /** Export only this set's questions. */
  setId?: string;
}

/** A fixed time for every zip entry, so the same bank always gives the same bytes. */
const ENTRY_TIME = new Date("2000-01-01T00:00:00Z");

/**
 * The questions (of the bank, or of one set) as a QTI 3.0 content package: a zip with
 * imsmanifest.xml and one item XML per question under items/. Flashcards are not part
 * of it (QTI has no flashcards). Text XML cannot hold throws UnrepresentableContentError.
 */
export function toQti3Package(bank: Bank, options: Qti3ExportOptions = {}): Uint8Array {
  return zipSync(qti3Files(bank, options), { mtime: ENTRY_TIME });
}

/** The package's files by path, before zipping (tests and validators read these). */
export function qti3Files(bank: Bank, options: Qti3ExportOptions = {}): Record<string, Uint8Array> {
  const scope = selectExportScope(bank, options.setId);
  const files: Record<string, Uint8Array> = { "imsmanifest.xml": strToU8(qti3Manifest(scope)) };
  for (const question of scope.questions) {
    const xml = qti3Item(question);
    if (!isXmlSafe(xml)) {
      throw new UnrepresentableContentError(
        question.id,
        "qti3",
        "its text holds control characters XML cannot contain",
      );
    }
    files[qti3ItemPath(question)] = strToU8(xml);
  }
  return files;
}

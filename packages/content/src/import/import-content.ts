import { strFromU8 } from "fflate";
import { importCsv } from "./csv/import-csv.ts";
import { importGift } from "./gift/import-gift.ts";
import { ImportError } from "./import-error.ts";
import type { ImportFormat } from "./import-format.ts";
import type { ImportResult } from "./import-result.ts";
import { importMoodleXml } from "./moodle-xml/import-moodle-xml.ts";
import { importQti } from "./qti/import-qti.ts";
import { importQuizlet, type QuizletOptions } from "./quizlet/import-quizlet.ts";

export interface ImportOptions {
  /** Quizlet's separators, when the export used other than tab and new line. */
  quizlet?: QuizletOptions;
}

/**
 * Reads a file in one of the import formats. Text formats take a string or UTF-8
 * bytes; QTI also takes a content package (.zip) as bytes. A file that cannot be read
 * at all throws ImportError and nothing is imported; otherwise every source item has a
 * report entry (imported, changed and how, or dropped and why). What the parsers
 * themselves refuse (an external entity, markup nested too deep for them or for the
 * stack) is a file that cannot be read as well, not a fault of ours.
 */
export function importContent(
  input: Uint8Array | string,
  format: ImportFormat,
  options: ImportOptions = {},
): ImportResult {
  try {
    return readAs(input, format, options);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    if (error instanceof RangeError) {
      throw new ImportError(format, "the file's markup is nested too deeply to read");
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError(format, `the file could not be read: ${reason}`);
  }
}

function readAs(input: Uint8Array | string, format: ImportFormat, options: ImportOptions) {
  const text = () => (typeof input === "string" ? input : strFromU8(input));
  switch (format) {
    case "gift":
      return importGift(text());
    case "moodle-xml":
      return importMoodleXml(text());
    case "qti":
      return importQti(input);
    case "quizlet":
      return importQuizlet(text(), options.quizlet);
    case "csv":
      return importCsv(text());
  }
}

import type { ImportFormat } from "./import-format.ts";

/**
 * The file cannot be read at all (not well-formed XML, not a zip, not GIFT, ...):
 * nothing is imported. The message says what is wrong and, where known, where.
 */
export class ImportError extends Error {
  override name = "ImportError";

  constructor(
    readonly format: ImportFormat,
    message: string,
  ) {
    super(message);
  }
}

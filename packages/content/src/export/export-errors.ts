import { EXPORT_FORMATS } from "./export-format.ts";

/** Base class of everything an export can refuse to do, so callers can catch them as one. */
export class ExportError extends Error {
  override name = "ExportError";
}

/** An export asked for a set the bank does not have. */
export class UnknownSetError extends ExportError {
  override name = "UnknownSetError";

  constructor(
    readonly setId: string,
    readonly knownSetIds: readonly string[],
  ) {
    super(
      knownSetIds.length === 0
        ? `unknown set "${setId}": the bank has no sets`
        : `unknown set "${setId}"; known sets: ${knownSetIds.join(", ")}`,
    );
  }
}

/** An export asked for a format that does not exist (only reachable from untyped callers). */
export class UnknownExportFormatError extends ExportError {
  override name = "UnknownExportFormatError";

  constructor(readonly format: string) {
    super(`unknown export format "${format}"; formats: ${EXPORT_FORMATS.join(", ")}`);
  }
}

/** A set names a question or flashcard the bank does not hold (validateBank reports it too). */
export class MissingSetItemError extends ExportError {
  override name = "MissingSetItemError";

  constructor(
    readonly setId: string,
    readonly itemId: string,
  ) {
    super(`set ${setId} names ${itemId}, which is not in the bank`);
  }
}

/**
 * An item holds text the target format has no way to carry faithfully (for example a
 * "~" inside a Moodle Cloze answer). The export stops rather than change the content.
 */
export class UnrepresentableContentError extends ExportError {
  override name = "UnrepresentableContentError";

  constructor(
    readonly itemId: string,
    readonly format: string,
    readonly reason: string,
  ) {
    super(`${itemId} cannot be exported to ${format}: ${reason}`);
  }
}

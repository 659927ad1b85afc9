import { LIMITS } from "../../fields/limits.ts";

/** The product rules of the teacher's library, in one place. */
export const LIBRARY_POLICY = {
  /** How an item came into the library when the teacher wrote it here (else: the import format). */
  writtenOrigin: "written",
  /**
   * A set made from an import, when the teacher asks for one, is titled after the file; an
   * import larger than one set may hold is split into numbered parts.
   */
  importedSetTitle: (fileName: string, part = 1, parts = 1) => {
    const prefix = "Imported from ";
    const suffix = parts === 1 ? "" : ` (part ${part} of ${parts})`;
    // A long file name is cut, never the part number: the parts' titles stay apart.
    const room = LIMITS.librarySetTitleMax - prefix.length - suffix.length;
    return `${prefix}${fileName.slice(0, room)}${suffix}`;
  },
} as const;

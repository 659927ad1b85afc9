/** The product rules of the teacher's library, in one place. */
export const LIBRARY_POLICY = {
  /** How an item came into the library when the teacher wrote it here (else: the import format). */
  writtenOrigin: "written",
  /**
   * A set made from an import, when the teacher asks for one, is titled after the file; an
   * import larger than one set may hold is split into numbered parts.
   */
  importedSetTitle: (fileName: string, part = 1, parts = 1) =>
    parts === 1
      ? `Imported from ${fileName}`
      : `Imported from ${fileName} (part ${part} of ${parts})`,
} as const;

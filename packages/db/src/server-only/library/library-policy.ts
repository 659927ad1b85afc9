/** The product rules of the teacher's library, in one place. */
export const LIBRARY_POLICY = {
  /** How an item came into the library when the teacher wrote it here (else: the import format). */
  writtenOrigin: "written",
  /** A set made from an import, when the teacher asks for one, is titled after the file. */
  importedSetTitle: (fileName: string) => `Imported from ${fileName}`,
} as const;

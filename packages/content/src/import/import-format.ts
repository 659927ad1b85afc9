/** The formats `importContent` reads (the CLI's `import --format`). */
export const IMPORT_FORMATS = ["gift", "moodle-xml", "qti", "quizlet", "csv"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export function isImportFormat(value: string): value is ImportFormat {
  return (IMPORT_FORMATS as readonly string[]).includes(value);
}

/** The formats the bank can be exported to. */
export const EXPORT_FORMATS = ["json", "gift", "moodle-xml", "anki-tsv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

import { EXPORT_FORMATS, type ExportFormat } from "../export/export-format.ts";

/** What `export --format` takes: the text formats, and the QTI 3.0 package (a zip, needs --out). */
export const CLI_EXPORT_FORMATS = [...EXPORT_FORMATS, "qti3"] as const;
export type CliExportFormat = ExportFormat | "qti3";

export function isCliExportFormat(value: string): value is CliExportFormat {
  return (CLI_EXPORT_FORMATS as readonly string[]).includes(value);
}

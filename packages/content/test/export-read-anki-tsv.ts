import { htmlToPlainText } from "./export-read-html.ts";

/**
 * Reads an Anki text-import file the way Anki 2.1.55+ does (rslib csv import): "#key:value"
 * header lines at the top, then CSV records with the declared delimiter, double-quoted
 * fields with "" for a quote, and lines starting with "#" skipped as comments. With
 * "#html:true" the fields are HTML, decoded here back to plain text.
 */
export interface ReadAnkiTsv {
  headers: Record<string, string>;
  notes: { front: string; back: string; tags: string[] }[];
}

export function readAnkiTsv(file: string): ReadAnkiTsv {
  const headers: Record<string, string> = {};
  let rest = file;
  for (;;) {
    const match = /^#([^:\n]*):([^\n]*)\n/.exec(rest);
    if (match === null) break;
    headers[(match[1] ?? "").trim().toLowerCase()] = match[2] ?? "";
    rest = rest.slice(match[0].length);
  }
  if (headers.separator !== "tab") throw new Error("expected #separator:tab");
  const records = parseCsv(rest, "\t");
  const tagsColumn = Number(headers["tags column"]) - 1;
  const decode = headers.html === "true" ? htmlToPlainText : (field: string) => field;
  return {
    headers,
    notes: records.map((record) => ({
      front: decode(record[0] ?? ""),
      back: decode(record[1] ?? ""),
      tags: (record[tagsColumn] ?? "").split(/\s+/).filter((tag) => tag !== ""),
    })),
  };
}

/** A small CSV reader with the Rust csv crate's default rules, as Anki configures it. */
function parseCsv(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let index = 0;
  while (index < text.length) {
    if (text[index] === "#") {
      const end = text.indexOf("\n", index);
      index = end === -1 ? text.length : end + 1;
      continue;
    }
    const record: string[] = [];
    for (;;) {
      let field = "";
      if (text[index] === '"') {
        index++;
        for (;;) {
          if (index >= text.length) throw new Error("unterminated quoted field");
          const char = text[index];
          if (char === '"' && text[index + 1] === '"') {
            field += '"';
            index += 2;
          } else if (char === '"') {
            index++;
            break;
          } else {
            field += char;
            index++;
          }
        }
      }
      while (index < text.length && text[index] !== delimiter && text[index] !== "\n") {
        field += text[index];
        index++;
      }
      record.push(field);
      if (text[index] === delimiter) {
        index++;
        continue;
      }
      index++;
      break;
    }
    records.push(record);
  }
  return records;
}

import { stringify } from "csv-stringify/sync";

export interface GradebookForCsv {
  assignments: { id: string; title: string; dueAt: Date | null }[];
  rows: {
    student: { name: string; email: string };
    cells: Record<
      string,
      { best: number | null; last: number | null; attempts: number; late: boolean } | undefined
    >;
  }[];
}

const percent = (score: number | null | undefined) =>
  score === null || score === undefined ? "" : String(Math.round(score * 1000) / 10);

/**
 * One row per student and assignment, RFC 4180 quoting (csv-stringify), CRLF
 * line ends and a UTF-8 byte-order mark so spreadsheets read accents and
 * non-Latin names correctly. Cells that a spreadsheet would run as a formula
 * (starting = + - @) are prefixed with an apostrophe.
 */
export function gradebookCsv(book: GradebookForCsv): string {
  const records = book.rows.flatMap((row) =>
    book.assignments.map((assignment) => {
      const cell = row.cells[assignment.id];
      return [
        row.student.name,
        row.student.email,
        assignment.title,
        assignment.dueAt ? assignment.dueAt.toISOString() : "",
        percent(cell?.best),
        percent(cell?.last),
        String(cell?.attempts ?? 0),
        cell?.late ? "yes" : "no",
      ].map(neutralizeFormula);
    }),
  );
  const header = [
    "Student",
    "Email",
    "Assignment",
    "Due (UTC)",
    "Best %",
    "Last %",
    "Attempts",
    "Late",
  ];
  return `\uFEFF${stringify([header, ...records], { record_delimiter: "\r\n" })}`;
}

function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

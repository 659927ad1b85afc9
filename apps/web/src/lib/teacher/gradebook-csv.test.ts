import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { gradebookCsv } from "./gradebook-csv";

const book = {
  assignments: [
    { id: "a1", title: "Week 1: who said what", dueAt: new Date("2026-03-01T09:00:00Z") },
    { id: "a2", title: 'Quotes, "commas" and\nnewlines', dueAt: null },
  ],
  rows: [
    {
      student: { name: "Chloé Martin", email: "chloe@example.test" },
      cells: { a1: { best: 0.875, last: 0.5, attempts: 2, late: true } },
    },
    { student: { name: '=HYPERLINK("x")', email: "d@example.test" }, cells: {} },
  ],
};

describe("gradebookCsv", () => {
  const csv = gradebookCsv(book);

  it("starts with a UTF-8 byte-order mark and uses CRLF", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain("\r\n");
  });

  it("has one row per student and assignment that parses back exactly", () => {
    const rows: string[][] = parse(csv.slice(1));
    expect(rows[0]).toEqual([
      "Student",
      "Email",
      "Assignment",
      "Due (UTC)",
      "Best %",
      "Last %",
      "Attempts",
      "Late",
    ]);
    expect(rows).toHaveLength(1 + 2 * 2);
    expect(rows[1]).toEqual([
      "Chloé Martin",
      "chloe@example.test",
      "Week 1: who said what",
      "2026-03-01T09:00:00.000Z",
      "87.5",
      "50",
      "2",
      "yes",
    ]);
    expect(rows[2]?.[2]).toBe('Quotes, "commas" and\nnewlines');
    expect(rows[2]?.slice(4)).toEqual(["", "", "0", "no"]);
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    const rows: string[][] = parse(csv.slice(1));
    expect(rows[3]?.[0]).toBe('\'=HYPERLINK("x")');
  });
});

import { parse } from "csv-parse/sync";
import type { DraftQuestion } from "../draft-item.ts";
import { draftEntry, droppedEntry, type ParsedEntry, titleFromText } from "../draft-item.ts";
import { finishImport } from "../finish-import.ts";
import { ImportError } from "../import-error.ts";
import type { ImportResult } from "../import-result.ts";
import { type CsvColumns, csvColumns } from "./csv-columns.ts";

/**
 * A spreadsheet saved as CSV, one row a question, as Kahoot and Blooket templates lay
 * it out (columns in the package README): question, answer 1..8, correct (the numbers
 * of the right answers, "2" or "1,3"), and optionally explanation and tags. Read with
 * csv-parse; the delimiter (comma, semicolon or tab) is taken from the header row.
 */
export function importCsv(text: string): ImportResult {
  const body = text.replace(/^\uFEFF/, "");
  let rows: string[][];
  try {
    rows = parse(body, {
      delimiter: guessDelimiter(body),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as string[][];
  } catch (error) {
    throw new ImportError(
      "csv",
      `not valid CSV: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const [header, ...data] = rows;
  if (header === undefined) throw new ImportError("csv", "the file is empty");
  const columns = csvColumns(header);
  if (data.length === 0) throw new ImportError("csv", "the file has a header row but no questions");
  return finishImport(
    "csv",
    data.map((row, index) => readRow(row, index + 2, columns)),
  );
}

function readRow(row: readonly string[], line: number, columns: CsvColumns): ParsedEntry {
  const cell = (index: number | undefined) =>
    index === undefined ? "" : (row[index] ?? "").trim();
  const prompt = cell(columns.question);
  const source = {
    title: prompt === "" ? `row ${line}` : titleFromText(prompt),
    sourceType: `CSV row ${line}`,
    tags: cell(columns.tags)
      .split(/[\s,;]+/)
      .filter((tag) => tag !== ""),
  };
  if (prompt === "") return droppedEntry(source, "the question cell is empty");
  const answers = columns.answers
    .map((index, number) => ({ number: number + 1, text: cell(index) }))
    .filter((answer) => answer.text !== "");
  const correctCell = cell(columns.correct);
  const correct = correctCell
    .split(/[\s,;]+/)
    .filter((value) => value !== "")
    .map(Number);
  if (correct.length === 0 || correct.some((number) => !Number.isInteger(number))) {
    return droppedEntry(
      source,
      `the correct cell “${correctCell}” does not name answers by number (e.g. “2” or “1,3”)`,
    );
  }
  const missing = correct.filter((number) => !answers.some((answer) => answer.number === number));
  if (missing.length > 0)
    return droppedEntry(source, `the correct answer ${missing.join(", ")} is empty or missing`);
  if (answers.length < 2) return droppedEntry(source, "a question needs at least two answers");
  const changes = columns.ignored
    .filter((column) => cell(column.index) !== "")
    .map((column) => `the ${column.name} (“${cell(column.index)}”) was not kept`);
  const explanation = cell(columns.explanation);
  const texts = answers.map((answer) => answer.text.toLowerCase());
  const draft: DraftQuestion =
    answers.length === 2 &&
    texts.includes("true") &&
    texts.includes("false") &&
    correct.length === 1
      ? {
          type: "true-false",
          prompt,
          explanation,
          answer:
            answers.find((answer) => answer.number === correct[0])?.text.toLowerCase() === "true",
        }
      : {
          type: correct.length === 1 ? "single-choice" : "multiple-choice",
          prompt,
          explanation,
          choices: answers.map((answer) => ({
            text: answer.text,
            correct: correct.includes(answer.number),
          })),
        };
  return draftEntry(source, draft, changes);
}

/** The header row's most frequent delimiter among comma, semicolon and tab. */
function guessDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [",", ";", "\t"].map((delimiter) => ({
    delimiter,
    count: header.split(delimiter).length,
  }));
  return counts.reduce((best, next) => (next.count > best.count ? next : best)).delimiter;
}

import { ImportError } from "../import-error.ts";

/** Where each known column is (0-based), from the header row. */
export interface CsvColumns {
  question: number;
  answers: number[];
  correct: number;
  explanation: number | undefined;
  tags: number | undefined;
  /** Columns read but not kept (Kahoot's and Blooket's time limit, image link, ...). */
  ignored: { name: string; index: number }[];
}

/**
 * Reads the header row. Names are matched ignoring case and what follows a dash or a
 * bracket, so Kahoot's "Question - max 120 characters", "Answer 1 - max 75 characters"
 * and "Correct answer(s) - choose at least one", and Blooket's "Question Text",
 * "Answer 1", "Correct Answer(s)" are all understood.
 */
export function csvColumns(header: readonly string[]): CsvColumns {
  const names = header.map(
    (name) =>
      name
        .toLowerCase()
        .split(/\s+[-–]\s+|\(/)[0]
        ?.trim() ?? "",
  );
  const find = (test: (name: string) => boolean) => {
    const index = names.findIndex(test);
    return index === -1 ? undefined : index;
  };
  const question = find((name) => name === "question" || name === "question text");
  const correct = find((name) => name.startsWith("correct"));
  const answers = names.flatMap((name, index) =>
    /^(answer|option) \d+$/.test(name) ? [index] : [],
  );
  if (question === undefined || correct === undefined || answers.length === 0) {
    throw new ImportError(
      "csv",
      `the header row needs the columns question, answer 1, answer 2, … and correct; found: ${header.join(", ")}`,
    );
  }
  const explanation = find((name) => name === "explanation" || name === "feedback");
  const tags = find((name) => name === "tags");
  const known = new Set([question, correct, ...answers, explanation, tags]);
  const ignored = names.flatMap((name, index) =>
    known.has(index) || name === "" || name === "question #" || name === "#"
      ? []
      : [{ name, index }],
  );
  return { question, answers, correct, explanation, tags, ignored };
}

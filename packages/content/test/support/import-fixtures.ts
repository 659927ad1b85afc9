import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { zipSync } from "fflate";
import type { ImportResult } from "../../src/import/import-result.ts";
import type { Question } from "../../src/schema/question.ts";

export const FIXTURES = fileURLToPath(new URL("../fixtures/import/", import.meta.url));

export function fixture(name: string): Uint8Array {
  return readFileSync(join(FIXTURES, name));
}

/** A fixture folder zipped as a content package, the way a teacher's download is. */
export function zippedFixture(folder: string): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const walk = (directory: string, prefix: string) => {
    for (const name of readdirSync(directory).sort()) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) walk(path, `${prefix}${name}/`);
      else files[`${prefix}${name}`] = readFileSync(path);
    }
  };
  walk(join(FIXTURES, folder), "");
  return zipSync(files);
}

/** An imported question as a bank question: the library fields taken off. */
export function asBankQuestion(question: ImportResult["questions"][number]): Question {
  const { grounded: _grounded, labels: _labels, ...rest } = question;
  return rest as Question;
}

/** The report entry for a source title (the tests name items by their titles). */
export function entryFor(result: ImportResult, title: string) {
  const entry = result.report.find((candidate) => candidate.title === title);
  if (entry === undefined) throw new Error(`no report entry titled “${title}”`);
  return entry;
}

export function questionFor(result: ImportResult, title: string) {
  const id = entryFor(result, title).itemId;
  const question = result.questions.find((candidate) => candidate.id === id);
  if (question === undefined) throw new Error(`“${title}” was not imported`);
  return question;
}

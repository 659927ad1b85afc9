import { describe, expect, it } from "vitest";
import { ankiField, toAnkiTsv } from "../src/export/to-anki-tsv.ts";
import { fixtureBank } from "./export-fixture-bank.ts";
import { readAnkiTsv } from "./export-read-anki-tsv.ts";

describe("toAnkiTsv", () => {
  it("starts with Anki's file headers: tab separator, HTML fields, columns, tags column", () => {
    const lines = toAnkiTsv(fixtureBank).split("\n");
    expect(lines.slice(0, 5)).toEqual([
      "#separator:tab",
      "#html:true",
      "#notetype:Basic",
      "#columns:Front\tBack\tTags",
      "#tags column:3",
    ]);
  });

  it("reads back as the same fronts, backs and tags, tabs, newlines and quotes included", () => {
    const read = readAnkiTsv(toAnkiTsv(fixtureBank));
    expect(read.headers).toMatchObject({ separator: "tab", html: "true", "tags column": "3" });
    expect(read.notes).toEqual(
      fixtureBank.flashcards.map((card) => ({
        front: card.front,
        back: card.back,
        tags: card.tags,
      })),
    );
  });

  it("writes one note per line: newlines become <br>, HTML is escaped", () => {
    const lines = toAnkiTsv(fixtureBank).trimEnd().split("\n").slice(5);
    expect(lines).toHaveLength(fixtureBank.flashcards.length);
    expect(lines[0]).toBe(
      '"Front with\ta tab and<br>newline “quoted” and ""straight"" quotes"\tBack line 1<br>Back line 2 &lt;b&gt;not bold&lt;/b&gt; &amp; é – ’\trussian-strategy csto',
    );
  });

  it("quotes a field with a tab or a quote, or starting with '#' (a comment line otherwise)", () => {
    expect(ankiField("plain text")).toBe("plain text");
    expect(ankiField("a\tb")).toBe('"a\tb"');
    expect(ankiField('say "hi"')).toBe('"say ""hi"""');
    expect(ankiField("#1 first")).toBe('"#1 first"');
    expect(ankiField("not #1")).toBe("not #1");
  });

  it("exports a set's flashcards only, in the set's order", () => {
    const read = readAnkiTsv(toAnkiTsv(fixtureBank, { setId: "s-fixture-cards" }));
    expect(read.notes.map((note) => note.front)).toEqual([
      "Who wrote the article?",
      'Front with\ta tab and\nnewline “quoted” and "straight" quotes',
    ]);
  });

  it("writes only the headers for a set without flashcards", () => {
    const bank = {
      ...fixtureBank,
      sets: [{ ...fixtureBank.sets[0], id: "s-empty", questionIds: ["q-order"], flashcardIds: [] }],
    } as typeof fixtureBank;
    expect(readAnkiTsv(toAnkiTsv(bank, { setId: "s-empty" })).notes).toEqual([]);
  });
});

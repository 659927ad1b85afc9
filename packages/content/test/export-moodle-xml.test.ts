import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { UnrepresentableContentError } from "../src/export/export-errors.ts";
import {
  clozeAnswerProblem,
  clozeShortAnswer,
  escapeClozeAnswer,
} from "../src/export/moodle-cloze-syntax.ts";
import { MOODLE_GRADE_PERCENTS } from "../src/export/moodle-grades.ts";
import { toMoodleXml } from "../src/export/to-moodle-xml.ts";
import { type Bank, bankSchema } from "../src/schema/bank.ts";
import { expectedMoodleXml } from "./export-expected-moodle-xml.ts";
import { fixtureBank } from "./export-fixture-bank.ts";
import { readMoodleXml } from "./export-read-moodle-xml.ts";

describe("toMoodleXml", () => {
  it("is well-formed XML with a <quiz> root, the category first", () => {
    const xml = toMoodleXml(fixtureBank);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n')).toBe(true);
    expect(readMoodleXml(xml).categories).toEqual([
      {
        path: "top/quizdeck/bank",
        info: `Questions on “${fixtureBank.source.title}” by Joshua Kucera. ${fixtureBank.source.attribution}`,
      },
    ]);
  });

  it("reads back as the same ids, types, options, correctness and texts", () => {
    const read = readMoodleXml(toMoodleXml(fixtureBank)).questions;
    expect(read).toHaveLength(fixtureBank.questions.length);
    read.forEach((question, index) => {
      const original = fixtureBank.questions[index];
      if (original === undefined) throw new Error("more questions read than written");
      expect(question).toMatchObject(expectedMoodleXml(original));
    });
  });

  it("writes every text as format html, except true/false's fixed answers (moodle_auto_format)", () => {
    const read = readMoodleXml(toMoodleXml(fixtureBank)).questions;
    const formats = new Set(read.flatMap((question) => question.formats));
    expect([...formats].sort()).toEqual(["html", "moodle_auto_format"]);
    for (const question of read.filter((question) => question.type !== "truefalse")) {
      expect(question.formats.every((format) => format === "html")).toBe(true);
    }
  });

  it("uses only Moodle's allowed grades, correct ones summing to 100 %", () => {
    const read = readMoodleXml(toMoodleXml(fixtureBank)).questions;
    const allowed = new Set([
      "0",
      ...MOODLE_GRADE_PERCENTS.flatMap((grade) => [grade, `-${grade}`]),
    ]);
    for (const question of read.filter((question) => question.type === "multichoice")) {
      const positive = question.answers.filter((answer) => answer.fraction > 0);
      for (const answer of question.answers)
        expect(allowed.has(String(answer.fraction))).toBe(true);
      const total = positive.reduce((sum, answer) => sum + answer.fraction, 0);
      expect(Math.round(total * 100) / 100).toBe(100);
    }
  });

  it("sets the ordering options: all items, graded on relative order", () => {
    const ordering = readMoodleXml(toMoodleXml(fixtureBank)).questions.find(
      (question) => question.type === "ordering",
    );
    expect(ordering?.options).toMatchObject({
      layouttype: "VERTICAL",
      selecttype: "ALL",
      selectcount: "4",
      gradingtype: "RELATIVE_ALL_PREVIOUS_AND_NEXT",
      numberingstyle: "none",
      shownumcorrect: "1",
    });
  });

  it("writes a cloze with one embedded SHORTANSWER per blank and prose braces as entities", () => {
    const xml = toMoodleXml(fixtureBank);
    expect(xml).toContain(
      "<p>The {1:SHORTANSWER:=CSTO~=Collective Security Treaty Organization} and<br>the {1:SHORTANSWER:=NATO~=N.A.T.O. – été} (été).</p>",
    );
    expect(xml).toContain("– with # and &#123;braces&#125;.");
  });

  it("splits a ']]>' in text across two CDATA sections", () => {
    const xml = toMoodleXml(fixtureBank);
    expect(xml).toContain("<![CDATA[a “grid” & <tag> ]]]]><![CDATA[>]]>");
  });

  it("exports one set under its own category, with only the set's questions", () => {
    const read = readMoodleXml(toMoodleXml(fixtureBank, { setId: "s-fixture-core" }));
    expect(read.categories).toEqual([
      {
        path: "top/quizdeck/s-fixture-core",
        info: "Core – “nasty” set\n\nQuestions with {braces} & <tags>.",
      },
    ]);
    expect(read.questions.map((question) => question.name)).toEqual([
      "q-cloze-two",
      "q-nasty-single",
      "q-order",
    ]);
  });

  it("refuses a cloze answer Moodle's Cloze syntax cannot carry", () => {
    const tilde = withCloze([["~5"]]);
    expect(() => toMoodleXml(tilde)).toThrow(UnrepresentableContentError);
    expect(() => toMoodleXml(tilde)).toThrow(
      'q-cloze-x cannot be exported to moodle-xml: the accepted answer "~5" contains "~"',
    );
    expect(() => toMoodleXml(withCloze([["ends with \\"]]))).toThrow(UnrepresentableContentError);
  });

  it("refuses text with control characters XML cannot hold", () => {
    const bank = bankSchema.parse({
      ...fixtureBank,
      questions: [{ ...fixtureBank.questions[0], prompt: "bell \u0007 here" }],
      sets: [],
    });
    expect(() => toMoodleXml(bank)).toThrow(UnrepresentableContentError);
  });
});

describe("Moodle Cloze answer syntax", () => {
  it("escapes } and # with a backslash, * as Moodle's literal asterisk, and HTML-escapes", () => {
    expect(escapeClozeAnswer('a}b#c*d&e<f>g"h{i=j:k')).toBe(
      'a\\}b\\#c\\*d&amp;e&lt;f&gt;g"h{i=j:k',
    );
    expect(clozeShortAnswer(["x", "y z"])).toBe("{1:SHORTANSWER:=x~=y z}");
  });

  it("knows which answers cannot be written", () => {
    expect(clozeAnswerProblem("fine: {x} #1 = *")).toBeUndefined();
    expect(clozeAnswerProblem("a~b")).toMatch(/contains "~"/);
    expect(clozeAnswerProblem("a\\")).toMatch(/ends with "\\"/);
  });
});

function withCloze(accept: string[][]): Bank {
  return bankSchema.parse({
    ...fixtureBank,
    questions: [
      {
        id: "q-cloze-x",
        type: "cloze",
        prompt: "Fill in.",
        text: "About {{1}}.",
        explanation: "Because.",
        evidence: [{ paragraphId: "p01", quote: "the CSTO = NATO? {not quite}" }],
        tags: ["nato"],
        difficulty: 1,
        level: "recall",
        accept,
      },
    ],
    sets: [],
  });
}

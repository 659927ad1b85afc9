import { describe, expect, it } from "vitest";
import { UnrepresentableContentError } from "../src/export/export-errors.ts";
import { escapeGift, giftComment, giftFormattedText } from "../src/export/gift-text.ts";
import { toGift } from "../src/export/to-gift.ts";
import { type Bank, bankSchema } from "../src/schema/bank.ts";
import { expectedGift, readGiftBack } from "./export-expected-gift.ts";
import { fixtureBank } from "./export-fixture-bank.ts";

describe("toGift", () => {
  it("reads back (with gift-pegjs) as the same ids, types, options, correctness and texts", () => {
    const read = readGiftBack(toGift(fixtureBank));
    expect(read.categories).toEqual(["top/quizdeck/bank"]);
    const expected = fixtureBank.questions.flatMap(expectedGift);
    expect(read.questions).toHaveLength(expected.length);
    read.questions.forEach((question, index) => {
      expect(question).toMatchObject(expected[index] ?? {});
    });
  });

  it("marks every question text [plain] and keeps < > & literal", () => {
    const gift = toGift(fixtureBank);
    expect(gift).toContain("::q-nasty-single::[plain]Which of these");
    expect(gift).toContain("<i>&amp;</i>");
    const questionLines = gift.split("\n").filter((line) => line.startsWith("::"));
    expect(questionLines).toHaveLength(10);
    for (const line of questionLines) expect(line).toMatch(/^::[a-z0-9-]+::\[plain\]/);
  });

  it("writes the Moodle ID number and tags, the evidence as comments, and the explanation as general feedback", () => {
    const gift = toGift(fixtureBank);
    expect(gift).toContain(
      "// [id:q-nasty-single] [tag:csto] [tag:nato] [tag:difficulty-2] [tag:level-recall]\n",
    );
    expect(gift).toContain("// evidence p01: “the CSTO = NATO? {not quite}”\n");
    expect(gift).toContain(
      "\t####Because \\{braces\\} \\#hash \\= equals \\~ tilde \\: colon \\\\ backslash & <tags>.\n}",
    );
  });

  it("weights multiple-choice options right-minus-wrong with Moodle's allowed percentages", () => {
    const gift = toGift(fixtureBank);
    expect(gift).toContain("\t~%33.33333%right \\~ one\n");
    expect(gift).toContain("\t~%-33.33333%wrong \\# three\n");
    expect(gift).toContain("\t~%50%NATO\n\t~%-50%Russia\n");
  });

  it("writes a two-blank cloze as one short-answer question per blank, the other blank filled in", () => {
    const read = readGiftBack(toGift(fixtureBank)).questions.filter((question) =>
      question.title?.startsWith("q-cloze-two"),
    );
    expect(read.map((question) => question.title)).toEqual([
      "q-cloze-two-blank-1",
      "q-cloze-two-blank-2",
    ]);
    expect(read.map((question) => question.stem)).toEqual([
      "Complete the sentence.\nThe _____ and\nthe NATO (été).",
      "Complete the sentence.\nThe CSTO and\nthe _____ (été).",
    ]);
  });

  it("writes ordering as matching of Position 1..n to the items in order", () => {
    const gift = toGift(fixtureBank);
    expect(gift).toContain(
      "\t=Position 1 -> The “security dilemma”\n\t=Position 2 -> CSTO \\= NATO? \\{no\\}\n",
    );
  });

  it("exports one set under its own category, with only the set's questions", () => {
    const read = readGiftBack(toGift(fixtureBank, { setId: "s-fixture-core" }));
    expect(read.categories).toEqual(["top/quizdeck/s-fixture-core"]);
    expect(read.questions.map((question) => question.title)).toEqual([
      "q-cloze-two-blank-1",
      "q-cloze-two-blank-2",
      "q-nasty-single",
      "q-order",
    ]);
  });

  it("refuses a matching left side containing '->', which GIFT cannot escape", () => {
    const bank = withQuestions([
      {
        ...matchingBase,
        pairs: [
          { left: "a -> b", right: "one" },
          { left: "c", right: "two" },
          { left: "d", right: "three" },
        ],
      },
    ]);
    expect(() => toGift(bank)).toThrow(UnrepresentableContentError);
    expect(() => toGift(bank)).toThrow(
      'q-arrow cannot be exported to gift: the left side "a -> b"',
    );
  });

  it("carries a cloze answer with '~' (which Moodle XML cannot)", () => {
    const bank = withQuestions([
      {
        ...matchingBase,
        type: "cloze",
        text: "Approximately {{1}}.",
        accept: [["~5", "about 5"]],
      },
    ]);
    const [question] = readGiftBack(toGift(bank)).questions;
    expect(question?.choices.map((choice) => choice.text)).toEqual(["~5", "about 5"]);
  });
});

describe("GIFT escaping", () => {
  it("backslash-escapes ~ = # { } : and \\ and writes newlines as \\n, like Moodle's exporter", () => {
    expect(escapeGift("~=#{}:\\")).toBe("\\~\\=\\#\\{\\}\\:\\\\");
    expect(escapeGift("a\nb\r\nc\rd")).toBe("a\\nb\\nc\\nd");
    expect(escapeGift("“é” – ’ < > & % * [ ] ->")).toBe("“é” – ’ < > & % * [ ] ->");
  });

  it("protects formatted text that starts with a [format] look-alike", () => {
    expect(giftFormattedText("[html] x")).toBe("[plain][html] x");
    expect(giftFormattedText("x [html]")).toBe("x [html]");
  });

  it("keeps comments on one line and defuses [id: and [tag: in free text", () => {
    expect(giftComment("a\nb [id:x] [tag:y]")).toBe("// a b [id :x] [tag :y]");
  });
});

const matchingBase = {
  id: "q-arrow",
  type: "matching",
  prompt: "Match.",
  explanation: "Because.",
  evidence: [{ paragraphId: "p01", quote: "the CSTO = NATO? {not quite}" }],
  tags: ["nato"],
  difficulty: 1,
  level: "recall",
};

function withQuestions(questions: unknown[]): Bank {
  return bankSchema.parse({ ...fixtureBank, questions, sets: [] });
}

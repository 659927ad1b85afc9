import { describe, expect, it } from "vitest";
import { type Question, questionSchema } from "../src/schema/question.ts";
import {
  parseSource,
  SOURCE_MAX_PARAGRAPHS,
  SourceError,
  sourceFormatOf,
} from "../src/source/index.ts";
import { evidenceProblems, itemWarnings, keySupportWarnings } from "../src/validate/index.ts";

const PASTED = `The Aral Sea was once the fourth-largest lake in the world.

Soviet irrigation projects diverted the Amu Darya and the Syr Darya
to grow cotton in the desert. By the 2000s the sea had split in two.

Kazakhstan built the Kokaral dam in 2005, and the northern sea has been rising since.`;

const source = parseSource(PASTED, "text", { title: "The Aral Sea", author: "A teacher" });

function question(fields: Record<string, unknown>): Question {
  return questionSchema.parse({
    id: "q-teacher-item",
    explanation: "Why.",
    evidence: [{ paragraphId: "p03", quote: "Kazakhstan built the Kokaral dam in 2005" }],
    tags: ["russian-strategy"],
    difficulty: 2,
    level: "recall",
    ...fields,
  });
}

describe("teacher sources become the article's shape", () => {
  it("splits plain text on blank lines and unwraps lines inside a paragraph", () => {
    expect(source.title).toBe("The Aral Sea");
    expect(source.author).toBe("A teacher");
    expect(source.paragraphs.map((paragraph) => paragraph.id)).toEqual(["p01", "p02", "p03"]);
    expect(source.paragraphs[1]?.text).toBe(
      "Soviet irrigation projects diverted the Amu Darya and the Syr Darya to grow cotton in the desert. By the 2000s the sea had split in two.",
    );
  });

  it("reads Markdown blocks (headings, paragraphs, list items) without their markup", () => {
    const parsed = parseSource(
      "# The sea\n\nIt *shrank* after [1960](https://example.test).\n\n- cotton\n- rice\n",
      "markdown",
      { title: "Markdown" },
    );
    expect(parsed.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      "The sea",
      "It shrank after 1960.",
      "cotton",
      "rice",
    ]);
    expect(parsed.author).toBe("Author not given");
  });

  it("reads HTML blocks, decodes entities and drops scripts and images", () => {
    const parsed = parseSource(
      '<h2>Dams</h2><p>North &amp; south <img src="x.png"> parted.</p><script>alert(1)</script>',
      "html",
      { title: "HTML" },
    );
    expect(parsed.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      "Dams",
      "North & south parted.",
    ]);
  });

  it("refuses an empty text and one with too many paragraphs, saying why", () => {
    expect(() => parseSource(" \n\n ", "text", { title: "Empty" })).toThrow(SourceError);
    const long = Array.from({ length: SOURCE_MAX_PARAGRAPHS + 1 }, (_, i) => `Line ${i}.`).join(
      "\n\n",
    );
    expect(() => parseSource(long, "text", { title: "Long" })).toThrow(/at most 99/);
  });

  it("guesses the format from a file name", () => {
    expect(sourceFormatOf("notes.md")).toBe("markdown");
    expect(sourceFormatOf("page.HTML")).toBe("html");
    expect(sourceFormatOf("notes.txt")).toBe("text");
  });
});

describe("grounding a teacher's question in their source", () => {
  it("checks quotes with the bank's verbatim rule", () => {
    expect(
      evidenceProblems([{ paragraphId: "p03", quote: "built the Kokaral dam in 2005" }], source),
    ).toEqual([]);
    expect(
      evidenceProblems([{ paragraphId: "p03", quote: "built the Kokaral Dam in 2005" }], source),
    ).toEqual(['evidence is not verbatim in p03: "built the Kokaral Dam in 2005"']);
    expect(evidenceProblems([{ paragraphId: "p09", quote: "anything at all" }], source)).toEqual([
      "evidence cites unknown paragraph p09",
    ]);
  });

  it("warns when the key's words are not in or near the quote, and not when they are", () => {
    const choices = (key: string) => [
      { id: "a", text: key, correct: true },
      { id: "b", text: "Uzbekistan", correct: false },
      { id: "c", text: "Turkmenistan", correct: false },
    ];
    const supported = question({
      type: "single-choice",
      prompt: "Which country built the dam that saved the northern sea?",
      choices: choices("Kazakhstan"),
    });
    expect(keySupportWarnings(supported, source)).toEqual([]);
    const unsupported = question({
      type: "single-choice",
      prompt: "Which country built the dam that saved the northern sea?",
      choices: choices("Tajikistan"),
    });
    const [warning] = keySupportWarnings(unsupported, source);
    expect(warning?.message).toContain("“tajikistan”");
  });

  it("counts the sentence next to the quote as near, stems words, and lets one cloze alternative suffice", () => {
    const cloze = question({
      type: "cloze",
      prompt: "Complete the sentence.",
      text: "Soviet projects diverted rivers to grow {{1}}.",
      accept: [["cotton crops", "cotton"]],
      evidence: [{ paragraphId: "p02", quote: "By the 2000s the sea had split in two." }],
    });
    expect(keySupportWarnings(cloze, source)).toEqual([]);
    const falseStatement = question({
      type: "true-false",
      prompt: "True or false: Uzbekistan built the Kokaral dam.",
      answer: false,
    });
    expect(keySupportWarnings(falseStatement, source)).toEqual([]);
  });

  it("gives the bank's item-writing warnings against the teacher's source", () => {
    const copied = question({
      type: "true-false",
      prompt:
        "True or false: Kazakhstan built the Kokaral dam in 2006, and the northern sea has been rising since.",
      answer: false,
    });
    expect(itemWarnings(copied, source).map((warning) => warning.cue)).toContain(
      "copied-statement",
    );
  });
});

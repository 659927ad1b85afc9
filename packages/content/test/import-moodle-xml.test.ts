import { describe, expect, it } from "vitest";
import { bank } from "../src/bank/index.ts";
import { toMoodleXml } from "../src/export/to-moodle-xml.ts";
import { importMoodleXml } from "../src/import/moodle-xml/import-moodle-xml.ts";
import { libraryItemsSchema } from "../src/schema/library-item.ts";
import { fixtureBank } from "./export-fixture-bank.ts";
import { asBankQuestion, entryFor, fixture, questionFor } from "./support/import-fixtures.ts";

const sample = importMoodleXml(new TextDecoder().decode(fixture("moodle-html-cdata.xml")));

describe("Moodle XML import: HTML text, CDATA and every question type", () => {
  it("reads all nine questions into the report, seven as valid library items", () => {
    expect(sample.report).toHaveLength(9);
    expect(sample.questions).toHaveLength(7);
    libraryItemsSchema.parse(sample);
  });

  it("turns HTML in CDATA into plain text and says which markup and media are lost", () => {
    const question = questionFor(sample, "Largest moon");
    expect(question).toMatchObject({
      id: "q-moon-largest",
      prompt: "Which is the largest moon in the Solar System?",
      explanation: "Ganymede, a moon of Jupiter, is larger than Mercury.",
      difficulty: 3,
      labels: ["moons", "Astronomy"],
    });
    expect(entryFor(sample, "Largest moon").changes).toEqual([
      "question text: bold/italic/underline formatting not kept",
      "question text: the image @@PLUGINFILE@@/ganymede.png (“Ganymede”) not kept",
      "question text: the attached file ganymede.png not kept",
      "the feedback on “Ganymede” was not kept: “Yes & well done.”",
    ]);
  });

  it("reads escaped HTML outside CDATA too", () => {
    expect(questionFor(sample, "Red planet")).toMatchObject({
      type: "cloze",
      prompt: "Which planet is known as the red planet?",
      accept: [["Mars"]],
    });
    expect(entryFor(sample, "Red planet").changes).toEqual([
      "the answer “the fourth planet” (50% credit) was not kept: quizdeck accepts full-credit answers only",
      "the answer “M*s” uses Moodle's * wildcard, which quizdeck does not have: not kept",
    ]);
  });

  it("takes right-minus-wrong fractions as they are and says a hint is lost", () => {
    expect(questionFor(sample, "Gas giants")).toMatchObject({
      type: "multiple-choice",
      choices: [{ correct: true }, { correct: true }, { correct: false }, { correct: false }],
    });
    expect(entryFor(sample, "Gas giants").changes).toEqual(["1 hint not kept"]);
  });

  it("reads truefalse, matching (distractor said), ordering and Cloze", () => {
    expect(questionFor(sample, "Venus hot")).toMatchObject({ type: "true-false", answer: true });
    expect(questionFor(sample, "Moons and planets")).toMatchObject({
      pairs: [
        { left: "Phobos", right: "Mars" },
        { left: "Titan", right: "Saturn" },
        { left: "Europa", right: "Jupiter" },
      ],
    });
    expect(entryFor(sample, "Moons and planets").changes).toEqual([
      "the extra answer “Neptune” (a distractor) was not kept",
    ]);
    expect(questionFor(sample, "Distance order")).toMatchObject({
      items: ["Mercury", "Venus", "Earth", "Mars"],
    });
    expect(questionFor(sample, "Inner planets cloze")).toMatchObject({
      text: "The planet nearest the Sun is {{1}} and the largest is {{2}}.",
      accept: [["Mercury"], ["Jupiter"]],
    });
    expect(entryFor(sample, "Inner planets cloze").changes).toContain(
      "blank 2: the drop-down's other options (“Saturn”, “Earth”) were not kept: quizdeck asks for the answer to be typed",
    );
  });

  it("drops numerical and essay questions with the reason", () => {
    expect(entryFor(sample, "Earth moons")).toMatchObject({
      outcome: "dropped",
      sourceType: "Moodle numerical",
    });
    expect(entryFor(sample, "Why seasons").reason).toContain("essay");
  });
});

/** bank -> Moodle XML -> import gives every question back; only the evidence is lost. */
describe.each([
  ["the shipped bank", bank],
  ["the export fixture bank", fixtureBank],
])("Moodle XML round trip of %s", (_, source) => {
  const result = importMoodleXml(toMoodleXml(source));

  it("gives every question back as it was, evidence aside, with nothing to report", () => {
    expect(result.questions.map(asBankQuestion)).toEqual(
      source.questions.map((question) => ({ ...question, evidence: [] })),
    );
    expect(result.report.every((entry) => entry.outcome === "imported")).toBe(true);
  });
});

import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { bank } from "../src/bank/index.ts";
import { qti3Files, toQti3Package } from "../src/export/to-qti3.ts";
import { ImportError } from "../src/import/import-error.ts";
import { importQti, QTI_PACKAGE_LIMITS } from "../src/import/qti/import-qti.ts";
import { libraryItemsSchema } from "../src/schema/library-item.ts";
import { fixtureBank } from "./export-fixture-bank.ts";
import {
  asBankQuestion,
  entryFor,
  fixture,
  questionFor,
  zippedFixture,
} from "./support/import-fixtures.ts";

describe("QTI 2.1 items", () => {
  it("reads a choice item: the text around the interaction and its prompt make the question", () => {
    const result = importQti(fixture("qti21-choice-item.xml"));
    expect(questionFor(result, "Orbit period")).toMatchObject({
      id: "q-orbit-period",
      type: "single-choice",
      prompt: "It takes the Earth one year to go round the Sun.\n\nHow long does Mars take?",
      choices: [
        { text: "About one Earth year", correct: false },
        { text: "About two Earth years", correct: true },
        { text: "About twelve Earth years", correct: false },
      ],
    });
    expect(entryFor(result, "Orbit period").changes).toEqual([
      "prompt: bold/italic/underline formatting not kept",
    ]);
  });

  it("reads text entry and inline choice as a cloze, saying what is lost", () => {
    const result = importQti(fixture("qti21-text-entry-item.xml"));
    expect(questionFor(result, "Sun facts")).toMatchObject({
      type: "cloze",
      prompt: "Complete the sentences.",
      text: "The Sun is a {{1}}. It has {{2}} planets.",
      accept: [["star"], ["eight"]],
    });
    expect(entryFor(result, "Sun facts").changes).toEqual([
      "blank 1: partial-credit answers not kept",
      "blank 2: the inline choice's other options (“seven”, “nine”) were not kept: quizdeck asks for the answer to be typed",
    ]);
  });
});

describe("QTI 3.0 items and packages", () => {
  it("reads a multiple-response item, its image, scoring and feedback losses said", () => {
    const result = importQti(fixture("qti30-multiple-response-item.xml"));
    expect(questionFor(result, "Rocky planets")).toMatchObject({
      type: "multiple-choice",
      prompt: "Which of these are rocky planets?",
      explanation: "Right: the inner planets are rocky.",
    });
    expect(entryFor(result, "Rocky planets").changes).toEqual([
      "question text: the image images/planets.png (“The planets”) not kept",
      "the item's scoring was replaced by quizdeck's right-minus-wrong scoring",
      "the feedback “CORRECT” is used as the explanation, shown after any answer",
      "the feedback “INCORRECT” was not kept: “Not quite.”",
    ]);
  });

  it("reads a content package in manifest order, with keywords, a missing file and an essay reported", () => {
    const result = importQti(zippedFixture("qti30-package"));
    libraryItemsSchema.parse(result);
    expect(result.report.map((entry) => [entry.title, entry.outcome])).toEqual([
      ["Outer planets in order", "changed"],
      ["Moons and their planets", "changed"],
      ["Life on Mars", "dropped"],
      ["missing-res", "dropped"],
    ]);
    expect(questionFor(result, "Outer planets in order")).toMatchObject({
      type: "ordering",
      items: ["Jupiter", "Saturn", "Uranus", "Neptune"],
      labels: ["planets"],
    });
    expect(questionFor(result, "Moons and their planets")).toMatchObject({
      pairs: [
        { left: "Io", right: "Jupiter" },
        { left: "Titan", right: "Saturn" },
        { left: "Triton", right: "Neptune" },
      ],
    });
    expect(entryFor(result, "Moons and their planets").changes).toEqual([
      "the extra right side “Venus” (a distractor) was not kept",
    ]);
    expect(entryFor(result, "missing-res").reason).toBe(
      "the item file items/missing.xml is missing from the package",
    );
  });

  it("refuses a zip without a manifest, and a manifest on its own", () => {
    expect(() => importQti(zipSync({ "item.xml": strToU8("<a/>") }))).toThrow(
      new ImportError("qti", "the zip has no imsmanifest.xml: it is not an IMS content package"),
    );
    expect(() => importQti(fixture("qti30-package/imsmanifest.xml"))).toThrow(
      /import the whole package/,
    );
  });

  // Megabytes to pack: a budget of its own on a busy machine.
  it("refuses a package whose XML unpacks past the limit, without unpacking it, and never unpacks media", {
    timeout: 60_000,
  }, () => {
    const huge = new Uint8Array(QTI_PACKAGE_LIMITS.xmlFileBytesMax + 1);
    const bomb = zipSync(
      { "imsmanifest.xml": strToU8("<manifest/>"), "items/a.xml": huge },
      { level: 1 },
    );
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(() => importQti(bomb)).toThrow(
      new ImportError("qti", "items/a.xml unpacks to more than 4 MB"),
    );
    const many = Object.fromEntries(
      Array.from({ length: 5 }, (_, index) => [
        `items/${index}.xml`,
        new Uint8Array(QTI_PACKAGE_LIMITS.xmlFileBytesMax),
      ]),
    );
    expect(() => importQti(zipSync(many, { level: 0 }))).toThrow(
      /the package's XML unpacks to more than 16 MB/,
    );
    // A large picture beside the items is left packed: the package still reads.
    const exported = unzipSync(toQti3Package(fixtureBank));
    const withMedia = zipSync({ ...exported, "media/photo.png": [huge, { level: 1 }] });
    expect(importQti(withMedia).questions).toHaveLength(fixtureBank.questions.length);
  });
});

/** bank -> QTI 3.0 package -> import gives the questions back unchanged, evidence included. */
describe.each([
  ["the shipped bank", bank],
  ["the export fixture bank", fixtureBank],
])("QTI 3.0 round trip of %s", (_, source) => {
  const result = importQti(toQti3Package(source));

  it("gives every question back as it was, grounded in the same quotes", () => {
    expect(result.questions.map(asBankQuestion)).toEqual(source.questions);
    expect(result.questions.every((question) => question.grounded)).toBe(true);
  });

  it("says only that ordering is scored by relative order in quizdeck", () => {
    const changed = result.report.filter((entry) => entry.outcome !== "imported");
    expect(changed.every((entry) => entry.itemType === "ordering")).toBe(true);
  });
});

describe("QTI 3.0 export", () => {
  it("writes a manifest and one item per question of the set, the same bytes every time", () => {
    const set = bank.sets[0];
    if (set === undefined) throw new Error("the bank has no sets");
    const files = qti3Files(bank, { setId: set.id });
    expect(Object.keys(files).sort()).toEqual(
      ["imsmanifest.xml", ...set.questionIds.map((id) => `items/${id}.xml`)].sort(),
    );
    expect(toQti3Package(bank, { setId: set.id })).toEqual(toQti3Package(bank, { setId: set.id }));
  });

  // Lets the 1EdTech SBAC profile stand in for the base ASI schema in check:qti3-schema
  // (vendor/README.md): the two differ only in data-* attributes, and the export writes none.
  it("writes no data-* attribute", () => {
    for (const source of [bank, fixtureBank]) {
      for (const [path, bytes] of Object.entries(qti3Files(source))) {
        const attributes = new TextDecoder().decode(bytes).match(/\sdata-[\w-]+=/g) ?? [];
        expect({ path, attributes }).toEqual({ path, attributes: [] });
      }
    }
  });
});

import { describe, expect, it } from "vitest";
import { bank } from "../src/bank/index.ts";
import { CONTENT_VERSION } from "../src/content-version.ts";
import { exportBank, UnknownSetError } from "../src/export/index.ts";
import { bankSchema } from "../src/schema/bank.ts";
import { expectedGift, readGiftBack } from "./export-expected-gift.ts";
import { expectedMoodleXml } from "./export-expected-moodle-xml.ts";
import { readAnkiTsv } from "./export-read-anki-tsv.ts";
import { readMoodleXml } from "./export-read-moodle-xml.ts";

/** One test per format over the shipped bank, so the exports keep working as it grows. */
describe("exports of the shipped bank", () => {
  it("json round-trips through bankSchema", () => {
    const { contentVersion, ...content } = JSON.parse(exportBank("json"));
    expect(typeof contentVersion).toBe("string");
    expect(bankSchema.parse(content)).toEqual(bank);
  });

  it("gift reads back (gift-pegjs) as every question's ids, types, options and texts", () => {
    const read = readGiftBack(exportBank("gift"));
    const expected = bank.questions.flatMap(expectedGift);
    expect(read.categories).toEqual(["top/quizdeck/bank"]);
    expect(read.questions).toHaveLength(expected.length);
    read.questions.forEach((question, index) => {
      expect(question).toMatchObject(expected[index] ?? {});
    });
  });

  it("moodle-xml is well-formed and reads back as every question's ids, types, options and texts", () => {
    const read = readMoodleXml(exportBank("moodle-xml"));
    expect(read.categories.map((category) => category.path)).toEqual(["top/quizdeck/bank"]);
    expect(read.questions).toHaveLength(bank.questions.length);
    read.questions.forEach((question, index) => {
      const original = bank.questions[index];
      if (original === undefined) throw new Error("more questions read than written");
      expect(question).toMatchObject(expectedMoodleXml(original));
    });
  });

  it("anki-tsv reads back as every flashcard's front, back and tags", () => {
    expect(readAnkiTsv(exportBank("anki-tsv")).notes).toEqual(
      bank.flashcards.map((card) => ({ front: card.front, back: card.back, tags: card.tags })),
    );
  });

  it.each(bank.sets.map((set) => [set.id, set] as const))(
    "set %s exports its own questions and flashcards",
    (setId, set) => {
      expect(
        readMoodleXml(exportBank("moodle-xml", { setId })).questions.map((q) => q.idNumber),
      ).toEqual(set.questionIds);
      expect(readAnkiTsv(exportBank("anki-tsv", { setId })).notes).toHaveLength(
        set.flashcardIds.length,
      );
    },
  );

  it("exportBank stamps the JSON with the bank's CONTENT_VERSION", () => {
    expect(JSON.parse(exportBank("json")).contentVersion).toBe(CONTENT_VERSION);
  });

  it("exportBank throws UnknownSetError listing the bank's set ids", () => {
    expect(() => exportBank("anki-tsv", { setId: "s-no-such-set" })).toThrow(
      new UnknownSetError(
        "s-no-such-set",
        bank.sets.map((set) => set.id),
      ),
    );
  });
});

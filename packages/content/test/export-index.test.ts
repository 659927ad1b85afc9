import { describe, expect, it } from "vitest";
import {
  MissingSetItemError,
  UnknownExportFormatError,
  UnknownSetError,
} from "../src/export/export-errors.ts";
import { EXPORT_FORMATS, type ExportFormat } from "../src/export/export-format.ts";
import { renderExport } from "../src/export/render-export.ts";
import { toAnkiTsv } from "../src/export/to-anki-tsv.ts";
import { toGift } from "../src/export/to-gift.ts";
import { toJson } from "../src/export/to-json.ts";
import { toMoodleXml } from "../src/export/to-moodle-xml.ts";
import { fixtureBank } from "./export-fixture-bank.ts";

/** renderExport on the fixture bank; exportBank (the shipped bank) is in export-real-bank.test.ts. */
describe("renderExport", () => {
  it("dispatches each format to its exporter", () => {
    expect(renderExport(fixtureBank, "json")).toBe(toJson(fixtureBank));
    expect(renderExport(fixtureBank, "gift")).toBe(toGift(fixtureBank));
    expect(renderExport(fixtureBank, "moodle-xml")).toBe(toMoodleXml(fixtureBank));
    expect(renderExport(fixtureBank, "anki-tsv")).toBe(toAnkiTsv(fixtureBank));
  });

  it("passes the set id to every format", () => {
    for (const format of EXPORT_FORMATS) {
      expect(() => renderExport(fixtureBank, format, { setId: "s-missing" })).toThrow(
        UnknownSetError,
      );
    }
  });

  it("names the unknown set and the known ones in a typed error", () => {
    try {
      renderExport(fixtureBank, "gift", { setId: "s-missing" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UnknownSetError);
      expect((error as UnknownSetError).setId).toBe("s-missing");
      expect((error as UnknownSetError).knownSetIds).toEqual(["s-fixture-core", "s-fixture-cards"]);
    }
  });

  it("rejects an unknown format from an untyped caller", () => {
    expect(() => renderExport(fixtureBank, "csv" as ExportFormat)).toThrow(
      new UnknownExportFormatError("csv"),
    );
    expect(() => renderExport(fixtureBank, "csv" as ExportFormat)).toThrow(
      'unknown export format "csv"; formats: json, gift, moodle-xml, anki-tsv',
    );
  });

  it("refuses a set that names an item the bank does not hold", () => {
    const broken = {
      ...fixtureBank,
      sets: [{ ...fixtureBank.sets[0], id: "s-broken", questionIds: ["q-gone"], flashcardIds: [] }],
    } as typeof fixtureBank;
    expect(() => renderExport(broken, "json", { setId: "s-broken" })).toThrow(MissingSetItemError);
  });
});

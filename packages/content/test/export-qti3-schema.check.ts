import { strFromU8 } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { bank } from "../src/bank/index.ts";
import { qti3Files } from "../src/export/to-qti3.ts";
import { fixtureBank } from "./export-fixture-bank.ts";
import { findQti3Schemas } from "./support/qti3-schemas.ts";

const lookup = findQti3Schemas();
// This check is run on purpose (npm run check:qti3-schema): without the schemas it fails.
if ("missing" in lookup) {
  throw new Error(
    `the QTI 3.0 export cannot be validated against the 1EdTech XSDs: ${lookup.missing}`,
  );
}

describe("QTI 3.0 export against the official XSDs (xmllint)", { timeout: 120_000 }, () => {
  const schemas = "schemas" in lookup ? lookup.schemas : undefined;
  afterAll(() => schemas?.dispose());

  it.each([
    ["the shipped bank", bank],
    ["the export fixture bank", fixtureBank],
  ])("every item and the manifest of %s validate", (_, source) => {
    if (schemas === undefined) throw new Error("unreachable: the block runs only with the schemas");
    const files = Object.fromEntries(
      Object.entries(qti3Files(source)).map(([path, bytes]) => [path, strFromU8(bytes)]),
    );
    const { "imsmanifest.xml": manifest, ...items } = files;
    expect(schemas.validate({ "imsmanifest.xml": manifest ?? "" }, "manifest")).toEqual([]);
    expect(schemas.validate(items, "item")).toEqual([]);
  });

  it("rejects an item the schema does not allow (the check can fail)", () => {
    if (schemas === undefined) throw new Error("unreachable: the block runs only with the schemas");
    const [path, bytes] =
      Object.entries(qti3Files(fixtureBank)).find(([name]) => name.startsWith("items/")) ?? [];
    const broken = strFromU8(bytes ?? new Uint8Array()).replace(
      "<qti-item-body>",
      "<qti-item-body><qti-no-such-element/>",
    );
    expect(schemas.validate({ [path ?? "item.xml"]: broken }, "item")).toHaveLength(1);
  });
});

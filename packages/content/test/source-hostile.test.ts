import { describe, expect, it } from "vitest";
import { parseSource, SourceError } from "../src/source/parse-source.ts";
import { thrownBy } from "./support/thrown-by.ts";

/**
 * Sources written to hurt the parser, within a source's 200,000 characters: each is
 * refused with a SourceError (the form's message), not a stack overflow after
 * seconds of work.
 */

const refusal = (raw: string, format: "markdown" | "html") =>
  thrownBy(SourceError, () => parseSource(raw, format, { title: "Hostile" }));

describe("hostile teacher sources", () => {
  it("HTML nested thousands deep", () => {
    const raw = `${"<b>".repeat(25_000)}text${"</b>".repeat(25_000)}`;
    expect(refusal(raw, "html").message).toMatch(/more than 100 deep/);
  });

  it("Markdown quotes nested a hundred thousand deep", () => {
    expect(refusal(`${">".repeat(190_000)} text`, "markdown").message).toMatch(/nests/);
  });

  it("Markdown emphasis markers in runs of ninety thousand", () => {
    const raw = `${"*".repeat(95_000)}text${"*".repeat(95_000)}`;
    expect(refusal(raw, "markdown").message).toMatch(/nests/);
  });

  it("a Markdown list nested four hundred levels deep", () => {
    const raw = Array.from({ length: 400 }, (_, level) => `${"  ".repeat(level)}- item`).join("\n");
    expect(refusal(raw, "markdown").message).toMatch(/nests/);
  });

  it("still reads real nesting: a quote in a list, emphasis in a quote", () => {
    const raw = "- a point\n  > a *quoted* line\n\n> > a reply to a **quote**";
    expect(parseSource(raw, "markdown", { title: "Fine" }).paragraphs.length).toBeGreaterThan(0);
  });
});

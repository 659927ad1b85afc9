import { afterEach, describe, expect, it, vi } from "vitest";
import { ImportError, importContent } from "../src/import/index.ts";
import { ItemIds } from "../src/import/item-ids.ts";
import { thrownBy } from "./support/thrown-by.ts";

/**
 * Files written to hurt the importer: each is refused as unreadable (an ImportError,
 * which the library shows as the file's problem), never thrown as a fault of ours.
 */

const moodleTrueFalse = (text: string, doctype = "") =>
  `<?xml version="1.0"?>${doctype}
<quiz><question type="truefalse"><name><text>Hostile</text></name>
<questiontext format="html"><text>${text}</text></questiontext>
<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
</question></quiz>`;

const qtiItem = (prompt: string) => `<?xml version="1.0"?>
<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="i1" title="Hostile" adaptive="false" timeDependent="false">
<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"><correctResponse><value>A</value></correctResponse></responseDeclaration>
<itemBody><choiceInteraction responseIdentifier="RESPONSE" maxChoices="1"><prompt>${prompt}</prompt>
<simpleChoice identifier="A">Yes</simpleChoice><simpleChoice identifier="B">No</simpleChoice></choiceInteraction></itemBody></assessmentItem>`;

const refusal = (read: () => unknown) => thrownBy(ImportError, read);

describe("hostile import files", () => {
  it("an external entity (XXE) in Moodle XML is refused as unreadable, and no file is read", () => {
    const doctype = `<!DOCTYPE quiz [<!ENTITY leak SYSTEM "file:///etc/passwd">]>`;
    const error = refusal(() => importContent(moodleTrueFalse("&leak;", doctype), "moodle-xml"));
    expect(error.format).toBe("moodle-xml");
    expect(error.message).toMatch(/external entit/i);
    expect(error.message).not.toContain("root:");
  });

  it("entity expansion (billion laughs) in Moodle XML does not expand", () => {
    const doctype = `<!DOCTYPE quiz [
<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>`;
    const result = importContent(moodleTrueFalse("&d;&d;&d;&d;", doctype), "moodle-xml");
    expect(JSON.stringify(result).length).toBeLessThan(100_000);
  });

  it("QTI markup nested deeper than the XML parser allows is refused as unreadable", () => {
    const depth = 20_000;
    const prompt = `${"<span>".repeat(depth)}deep${"</span>".repeat(depth)}`;
    const error = refusal(() => importContent(qtiItem(prompt), "qti"));
    expect(error.format).toBe("qti");
  });

  it("HTML nested thousands deep inside a Moodle CDATA text is refused as unreadable", () => {
    const depth = 20_000;
    const html = `<![CDATA[${"<b>".repeat(depth)}deep${"</b>".repeat(depth)}]]>`;
    const error = refusal(() => importContent(moodleTrueFalse(html), "moodle-xml"));
    expect(error.message).toMatch(/nest/);
  });
});

describe("ids for an import of many equal titles", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("numbers the clashes in order without trying every earlier number again for each", () => {
    const ids = new ItemIds();
    const has = vi.spyOn(Set.prototype, "has");
    const handedOut = Array.from({ length: 2_000 }, (_, index) =>
      ids.next("c", ["Same term"], index),
    );
    // Quadratic would be about two million lookups for 2,000 equal titles.
    expect(has.mock.calls.length).toBeLessThan(10 * 2_000);
    expect(handedOut.slice(0, 3)).toEqual(["c-same-term", "c-same-term-2", "c-same-term-3"]);
    expect(new Set(handedOut).size).toBe(handedOut.length);
  });

  it("still steps over a number a source id took for itself", () => {
    const ids = new ItemIds();
    expect(ids.next("q", ["Planet"], 1)).toBe("q-planet");
    expect(ids.next("q", ["Planet"], 2)).toBe("q-planet-2");
    expect(ids.next("q", ["q-planet-3"], 3)).toBe("q-planet-3");
    expect(ids.next("q", ["Planet"], 4)).toBe("q-planet-4");
  });
});

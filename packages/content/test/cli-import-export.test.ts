import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { bank } from "../src/bank/index.ts";
import { importQti } from "../src/import/qti/import-qti.ts";
import { libraryItemsSchema } from "../src/schema/library-item.ts";
import { FIXTURES } from "./support/import-fixtures.ts";

const BIN = fileURLToPath(new URL("../bin/quizdeck-content.mjs", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "quizdeck-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const fixture = (name: string) => join(FIXTURES, name);

describe("quizdeck-content import", { timeout: 60_000 }, () => {
  it.each([
    ["moodle-docs-features.gift", "gift", 15],
    ["moodle-html-cdata.xml", "moodle-xml", 7],
    ["qti21-choice-item.xml", "qti", 1],
    ["quizlet-export.txt", "quizlet", 3],
    ["kahoot-style.csv", "csv", 3],
  ])(
    "%s --format %s: the items as JSON on stdout, the report on stderr, exit 0",
    (file, format, count) => {
      const { code, stdout, stderr } = cli("import", fixture(file), "--format", format);
      expect(code).toBe(0);
      const items = libraryItemsSchema.parse(JSON.parse(stdout));
      expect(items.questions.length + items.flashcards.length).toBe(count);
      expect(stderr).toContain(`${fixture(file)} (${format}):`);
      expect(stderr).toMatch(/marked ungrounded/);
    },
  );

  it("says each change and drop on stderr", () => {
    const { stderr } = cli("import", fixture("moodle-docs-features.gift"), "-f", "gift");
    expect(stderr).toContain("21 items read; 8 imported as they were, 7 changed, 6 dropped.");
    expect(stderr).toContain(
      "  #11 “Earth moons” (GIFT numerical): dropped: numerical questions are not supported: quizdeck has no number-with-tolerance type",
    );
    expect(stderr).toContain("      - the feedback on “Sirius” was not kept: “Yes.”");
  });

  it("takes Quizlet's custom separators, \\t and \\n written as such", () => {
    const { code, stdout } = cli(
      "import",
      fixture("quizlet-custom-separators.txt"),
      "--format",
      "quizlet",
      "--term-separator",
      ";",
      "--card-separator",
      "||",
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).flashcards).toHaveLength(2);
  });

  it.each([
    ["malformed.gift", "gift", "not valid GIFT: line 1, column 34"],
    ["malformed-moodle.xml", "moodle-xml", "not well-formed XML: line 5, column 3"],
    ["malformed.csv", "csv", "not valid CSV: Quote Not Closed"],
    ["malformed-qti.txt", "qti", "the file is not well-formed XML"],
    ["moodle-html-cdata.xml", "gift", "not valid GIFT"],
  ])(
    "a malformed file (%s as %s): a clear error, no stack trace, nothing on stdout, exit 1",
    (file, format, message) => {
      const { code, stdout, stderr } = cli("import", fixture(file), "--format", format);
      expect(code).toBe(1);
      expect(stdout).toBe("");
      expect(stderr).toContain(
        `quizdeck-content: nothing imported from ${fixture(file)}: ${message}`,
      );
      expect(stderr).not.toMatch(/\n\s+at /);
    },
  );

  it("exits 1 with the reason when every item is dropped", () => {
    const { code, stdout, stderr } = cli(
      "import",
      fixture("qti30-package/items/essay.xml"),
      "--format",
      "qti",
    );
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("dropped: extended-text-interaction is not supported");
    expect(stderr).toContain("every item was dropped");
  });

  it("a missing file exits 1; a missing format or file, or a wrong one, exits 2", () => {
    expect(cli("import", join(work, "nope.gift"), "-f", "gift")).toMatchObject({
      code: 1,
      stdout: "",
    });
    expect(cli("import", fixture("malformed.gift")).stderr).toContain(
      "import needs --format; formats: gift, moodle-xml, qti, quizlet, csv",
    );
    expect(cli("import", "-f", "gift").code).toBe(2);
    expect(cli("import", fixture("malformed.gift"), "-f", "docx").stderr).toContain(
      'unknown import format "docx"',
    );
    expect(
      cli("import", fixture("malformed.gift"), "-f", "gift", "--term-separator", ";").code,
    ).toBe(2);
  });
});

describe("quizdeck-content export --format qti3", { timeout: 60_000 }, () => {
  it("writes the package to --out, which imports back to the set's questions", () => {
    const set = bank.sets[0];
    if (set === undefined) throw new Error("the bank has no sets");
    const out = join(work, "set.zip");
    const { code, stdout, stderr } = cli(
      "export",
      "--format",
      "qti3",
      "--set",
      set.id,
      "--out",
      out,
    );
    expect([code, stdout, stderr]).toEqual([0, "", ""]);
    expect(importQti(readFileSync(out)).questions.map((question) => question.id)).toEqual(
      set.questionIds,
    );
  });

  it("needs --out, and --out works for the text formats too", () => {
    const missing = cli("export", "--format", "qti3");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      "export --format qti3 writes a zip file: give it with --out FILE.zip",
    );
    const out = join(work, "bank.gift");
    expect(cli("export", "-f", "gift", "-o", out).code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("$CATEGORY: top/quizdeck/bank");
  });
});

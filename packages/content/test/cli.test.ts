import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { article } from "../src/article/article.ts";
import { flashcards } from "../src/bank/flashcards.ts";
import { questions } from "../src/bank/questions/index.ts";
import { questionSets } from "../src/bank/sets.ts";
import type { CliIo } from "../src/cli/cli-io.ts";
import { main } from "../src/cli/main.ts";
import { runValidate } from "../src/cli/run-validate.ts";
import { bankSchema } from "../src/schema/bank.ts";
import { validateBank } from "../src/validate/validate-bank.ts";
import { fixtureBank } from "./export-fixture-bank.ts";

const BIN = fileURLToPath(new URL("../bin/quizdeck-content.mjs", import.meta.url));
const SET_IDS = questionSets.map((set) => set.id);

/** Runs the real command: plain `node bin/quizdeck-content.mjs ...`, as a user would. */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs main() in-process, capturing what it writes. */
async function inProcess(run: (io: CliIo) => Promise<number> | number) {
  let stdout = "";
  let stderr = "";
  const code = await run({
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

describe("quizdeck-content (spawned with node)", { timeout: 60_000 }, () => {
  it("--help prints the usage with commands, formats and set ids, exit 0", () => {
    const { code, stdout, stderr } = cli("--help");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("Usage: quizdeck-content <command> [options]");
    expect(stdout).toContain("json | gift | moodle-xml | anki-tsv");
    for (const id of SET_IDS) expect(stdout).toContain(id);
  });

  it("export --format json writes JSON that bankSchema parses", () => {
    const { code, stdout, stderr } = cli("export", "--format", "json");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const parsed = JSON.parse(stdout);
    expect(typeof parsed.contentVersion).toBe("string");
    expect(bankSchema.parse(parsed).questions).toHaveLength(questions.length);
  });

  it("export --format=moodle-xml -s <set> writes that set's category", () => {
    const setId = SET_IDS[0];
    if (setId === undefined) return;
    const { code, stdout } = cli("export", "--format=moodle-xml", "-s", setId);
    expect(code).toBe(0);
    expect(stdout).toContain(`<category><text>top/quizdeck/${setId}</text></category>`);
  });

  it("an unknown format: exit 2, the formats on stderr, nothing on stdout", () => {
    const { code, stdout, stderr } = cli("export", "--format", "csv");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain('unknown format "csv"; formats: json, gift, moodle-xml, anki-tsv');
  });

  it("an unknown set: exit 2, the known set ids on stderr", () => {
    const { code, stdout, stderr } = cli("export", "-f", "gift", "--set", "s-no-such-set");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(`unknown set "s-no-such-set"; known sets: ${SET_IDS.join(", ")}`);
  });

  it("a missing option value: exit 2, the valid choices on stderr", () => {
    const format = cli("export", "--format");
    expect(format.code).toBe(2);
    expect(format.stderr).toContain(
      "--format needs a value; formats: json, gift, moodle-xml, anki-tsv",
    );
    const set = cli("export", "--format", "json", "--set");
    expect(set.code).toBe(2);
    expect(set.stderr).toContain("--set needs a value; sets:");
  });

  it("an unknown command: exit 2, the commands on stderr", () => {
    const { code, stdout, stderr } = cli("publish");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain('unknown command "publish"; commands: export, import, validate, help');
  });

  it("validate prints the summary and exits 0 exactly when validateBank finds no problems", () => {
    const raw = { source: article, questions, flashcards, sets: questionSets };
    const problems = validateBank(raw);
    const { code, stdout } = cli("validate");
    expect(code).toBe(problems.length === 0 ? 0 : 1);
    expect(stdout).toContain(
      `Bank: ${questions.length} questions, ${flashcards.length} flashcards`,
    );
    expect(stdout).toContain("Questions by type:");
    expect(stdout).toContain("Paragraph coverage");
    expect(stdout).toMatch(
      /Cue report \(figure, limit\):\n {4}single-choice keys that are the longest option +\d+ of \d+ \(\d+%\) +\(limit: at most 33%\)\n/,
    );
    expect(stdout).toMatch(/Item warnings \(\d+\):/);
    expect(stdout).toMatch(
      / {2}s-whole-article-exam +\d+ questions, +\d+ flashcards {2}“Whole-article exam”, each attempt draws 16\n/,
    );
  });
});

describe("quizdeck-content (in process)", () => {
  it("with no command, prints why on stderr and exits 2", async () => {
    const { code, stdout, stderr } = await inProcess((io) => main([], io));
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("missing command; commands: export, import, validate, help");
  });

  it("rejects unknown options and options validate does not take", async () => {
    const unknown = await inProcess((io) => main(["export", "--formt", "json"], io));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      'unknown option "--formt"; options: --format (-f), --set (-s), --out (-o), --term-separator, --card-separator, --help (-h)',
    );
    const validate = await inProcess((io) => main(["validate", "--set", "x"], io));
    expect(validate.code).toBe(2);
    expect(validate.stderr).toContain("validate takes no options");
  });

  it("validate on a bank with problems lists them and exits 1", async () => {
    const [core, ...otherSets] = fixtureBank.sets;
    if (!core) throw new Error("the fixture has no sets");
    const broken = {
      ...fixtureBank,
      sets: [{ ...core, questionIds: [...core.questionIds, "q-bad-quote"] }, ...otherSets],
      questions: [
        ...fixtureBank.questions,
        {
          ...fixtureBank.questions[0],
          id: "q-bad-quote",
          prompt: "Another prompt?",
          evidence: [{ paragraphId: "p01", quote: "words that are not in the article" }],
        },
      ],
    };
    const { code, stdout } = await inProcess((io) => runValidate(io, broken));
    expect(code).toBe(1);
    expect(stdout).toContain("Bank: 10 questions, 3 flashcards, 2 sets");
    expect(stdout).toMatch(/single-choice +2\n/);
    expect(stdout).toContain("Cue report (figure, limit):");
    expect(stdout).toContain("1 problem:");
    expect(stdout).toContain(
      'q-bad-quote: evidence is not verbatim in p01: "words that are not in the article"',
    );
  });

  it("validate on a sound bank says so and exits 0, with coverage per paragraph", async () => {
    const { code, stdout } = await inProcess((io) => runValidate(io, fixtureBank));
    expect(code).toBe(0);
    expect(stdout).toContain("No problems found.");
    expect(stdout).toMatch(/ {2}p01 body +\d+\n {2}p02 body +\d+\n {2}p03 author-note +\d+\n/);
  });
});

import { IMPORT_FORMATS } from "../import/import-format.ts";
import { CLI_EXPORT_FORMATS } from "./cli-formats.ts";

export const COMMANDS = ["export", "import", "validate", "help"] as const;
export type Command = (typeof COMMANDS)[number];

/** The --help text; the set ids are listed when known. */
export function usage(setIds: readonly string[]): string {
  return `Usage: quizdeck-content <command> [options]

Commands:
  export --format <format> [--set <set id>] [--out <file>]
      Write the bank, or one set of it, in the given format: to stdout, or to
      the file given with --out (qti3, a zip, needs --out).
  import <file> --format <import format> [--term-separator S] [--card-separator S]
      Read questions or flashcards from another tool. Writes them as the bank's
      JSON ({ questions, flashcards }, marked ungrounded) to stdout and the loss
      report (imported / changed and how / dropped and why) to stderr. Exits 1
      when nothing could be imported. Quizlet separators default to tab and new
      line ("\\t", "\\n" are understood).
  validate
      Check the bank (schema, verbatim evidence, coverage, sets, ...), print a
      summary and every problem. Exits 1 when there are problems.
  help
      Show this help.

Options:
  -f, --format <format>   export: ${CLI_EXPORT_FORMATS.join(" | ")}
                          import: ${IMPORT_FORMATS.join(" | ")}
  -s, --set <set id>      Only this set (see Sets below).
  -o, --out <file>        Write the export to this file instead of stdout.
  -h, --help              Show this help.

Sets:
${setIds.length === 0 ? "  (the bank has no sets yet)" : setIds.map((id) => `  ${id}`).join("\n")}

Exit codes: 0 done, 1 problems in the bank (or content a format cannot carry, or
a file that imports nothing), 2 a wrong command line.

Examples:
  quizdeck-content export --format moodle-xml > quizdeck.xml
  quizdeck-content export --format anki-tsv --set ${setIds[0] ?? "<set id>"} > cards.txt
  quizdeck-content export --format qti3 --out quizdeck-qti3.zip
  quizdeck-content import questions.gift --format gift > imported.json
  quizdeck-content validate
`;
}

import { EXPORT_FORMATS } from "../export/export-format.ts";

export const COMMANDS = ["export", "validate", "help"] as const;
export type Command = (typeof COMMANDS)[number];

/** The --help text; the set ids are listed when known. */
export function usage(setIds: readonly string[]): string {
  return `Usage: quizdeck-content <command> [options]

Commands:
  export --format <format> [--set <set id>]
      Write the bank, or one set of it, to stdout in the given format.
  validate
      Check the bank (schema, verbatim evidence, coverage, sets, ...), print a
      summary and every problem. Exits 1 when there are problems.
  help
      Show this help.

Options:
  -f, --format <format>   ${EXPORT_FORMATS.join(" | ")}
  -s, --set <set id>      Only this set (see Sets below).
  -h, --help              Show this help.

Sets:
${setIds.length === 0 ? "  (the bank has no sets yet)" : setIds.map((id) => `  ${id}`).join("\n")}

Exit codes: 0 done, 1 problems in the bank (or content a format cannot carry),
2 a wrong command line.

Examples:
  quizdeck-content export --format moodle-xml > quizdeck.xml
  quizdeck-content export --format anki-tsv --set ${setIds[0] ?? "<set id>"} > cards.txt
  quizdeck-content validate
`;
}

import { questionSets } from "../bank/sets.ts";
import { type CliIo, processIo } from "./cli-io.ts";
import { EXIT_OK, EXIT_USAGE } from "./exit-codes.ts";
import { parseCliArgs } from "./parse-cli-args.ts";
import { runExport } from "./run-export.ts";
import { runImport } from "./run-import.ts";
import { runValidate } from "./run-validate.ts";
import { usage } from "./usage.ts";
import { UsageError } from "./usage-error.ts";

/**
 * The quizdeck-content command line (bin/quizdeck-content.mjs runs it):
 *   export --format json|gift|moodle-xml|anki-tsv|qti3 [--set ID] [--out FILE]
 *   import FILE --format gift|moodle-xml|qti|quizlet|csv      -> JSON, report on stderr
 *   validate                                                    -> summary and problems
 *   help, --help
 * Returns the exit code: 0 done, 1 bank problems, 2 a wrong command line.
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  // The raw set list: known without parsing the bank, so help works on a broken bank.
  const setIds = questionSets.map((set) => String(set.id));
  try {
    const request = parseCliArgs(argv, setIds);
    switch (request.command) {
      case "help":
        io.stdout(usage(setIds));
        return EXIT_OK;
      case "validate":
        return runValidate(io);
      case "export":
        return await runExport(io, request.format, request.setId, request.out);
      case "import":
        return runImport(io, request);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`quizdeck-content: ${error.message}\nRun "quizdeck-content --help" for usage.\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

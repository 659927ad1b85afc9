import type { ExportFormat } from "../export/export-format.ts";
import type { CliIo } from "./cli-io.ts";
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from "./exit-codes.ts";

/**
 * `export`: writes the shipped bank (or one set) in the format to stdout. The
 * exporters load the parsed bank, which throws if the bank does not parse, so they
 * are imported here, on demand: `validate` and `--help` keep working on a broken bank.
 */
export async function runExport(
  io: CliIo,
  format: ExportFormat,
  setId: string | undefined,
): Promise<number> {
  let exporters: typeof import("../export/index.ts");
  try {
    exporters = await import("../export/index.ts");
  } catch (error) {
    io.stderr(
      `quizdeck-content: the bank does not load, so it cannot be exported; run "quizdeck-content validate" for the problems.\n${error instanceof Error ? error.message : String(error)}\n`,
    );
    return EXIT_PROBLEMS;
  }
  try {
    io.stdout(exporters.exportBank(format, setId === undefined ? {} : { setId }));
    return EXIT_OK;
  } catch (error) {
    if (error instanceof exporters.UnknownSetError) {
      io.stderr(`quizdeck-content: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof exporters.ExportError) {
      io.stderr(`quizdeck-content: ${error.message}\n`);
      return EXIT_PROBLEMS;
    }
    throw error;
  }
}

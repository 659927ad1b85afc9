import { writeFileSync } from "node:fs";
import type { CliExportFormat } from "./cli-formats.ts";
import type { CliIo } from "./cli-io.ts";
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from "./exit-codes.ts";

/**
 * `export`: writes the shipped bank (or one set) in the format to stdout or to `out`.
 * The exporters load the parsed bank, which throws if the bank does not parse, so they
 * are imported here, on demand: `validate` and `--help` keep working on a broken bank.
 */
export async function runExport(
  io: CliIo,
  format: CliExportFormat,
  setId: string | undefined,
  out: string | undefined,
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
  const options = setId === undefined ? {} : { setId };
  let content: string | Uint8Array;
  try {
    content =
      format === "qti3" ? exporters.exportBankQti3(options) : exporters.exportBank(format, options);
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
  if (out === undefined && typeof content === "string") {
    io.stdout(content);
    return EXIT_OK;
  }
  // The parser requires --out for qti3, the one format that is not text.
  try {
    writeFileSync(out ?? "", content);
  } catch (error) {
    io.stderr(
      `quizdeck-content: cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`,
    );
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}

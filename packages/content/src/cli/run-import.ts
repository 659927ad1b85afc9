import { readFileSync } from "node:fs";
import { importContent } from "../import/import-content.ts";
import { ImportError } from "../import/import-error.ts";
import type { ImportFormat } from "../import/import-format.ts";
import type { CliIo } from "./cli-io.ts";
import { EXIT_OK, EXIT_PROBLEMS } from "./exit-codes.ts";
import { formatImportReport } from "./format-import-report.ts";
import { libraryJson } from "./library-json.ts";

export interface ImportRequest {
  file: string;
  format: ImportFormat;
  termSeparator: string | undefined;
  cardSeparator: string | undefined;
}

/**
 * `import`: reads the file, writes the imported items as JSON to stdout and the loss
 * report to stderr. Exit 0 when at least one item was imported; 1 (with the reason)
 * when none was, or the file cannot be read. Nothing goes to stdout then.
 */
export function runImport(io: CliIo, request: ImportRequest): number {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(request.file);
  } catch (error) {
    io.stderr(
      `quizdeck-content: cannot read ${request.file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`,
    );
    return EXIT_PROBLEMS;
  }
  const quizlet = {
    ...(request.termSeparator === undefined ? {} : { termSeparator: request.termSeparator }),
    ...(request.cardSeparator === undefined ? {} : { cardSeparator: request.cardSeparator }),
  };
  let result: ReturnType<typeof importContent>;
  try {
    result = importContent(bytes, request.format, { quizlet });
  } catch (error) {
    if (error instanceof ImportError) {
      io.stderr(`quizdeck-content: nothing imported from ${request.file}: ${error.message}\n`);
      return EXIT_PROBLEMS;
    }
    throw error;
  }
  io.stderr(formatImportReport(request.file, result));
  if (result.questions.length + result.flashcards.length === 0) {
    io.stderr(
      `quizdeck-content: nothing imported from ${request.file}: every item was dropped (see above).\n`,
    );
    return EXIT_PROBLEMS;
  }
  io.stdout(libraryJson(result));
  return EXIT_OK;
}

import { parseArgs } from "node:util";
import { IMPORT_FORMATS, type ImportFormat, isImportFormat } from "../import/import-format.ts";
import { CLI_EXPORT_FORMATS, type CliExportFormat, isCliExportFormat } from "./cli-formats.ts";
import { COMMANDS, type Command } from "./usage.ts";
import { UsageError } from "./usage-error.ts";

export type CliRequest =
  | { command: "help" }
  | { command: "validate" }
  | {
      command: "export";
      format: CliExportFormat;
      setId: string | undefined;
      out: string | undefined;
    }
  | {
      command: "import";
      file: string;
      format: ImportFormat;
      termSeparator: string | undefined;
      cardSeparator: string | undefined;
    };

const OPTIONS = {
  format: { type: "string", short: "f" },
  set: { type: "string", short: "s" },
  out: { type: "string", short: "o" },
  "term-separator": { type: "string" },
  "card-separator": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const OPTION_LIST =
  "--format (-f), --set (-s), --out (-o), --term-separator, --card-separator, --help (-h)";

/**
 * Reads the command line with node's util.parseArgs. Anything wrong (unknown
 * command, option or format, a missing value) throws UsageError with a message that
 * lists the valid choices. Set ids are checked later, against the loaded bank.
 */
export function parseCliArgs(argv: readonly string[], setIds: readonly string[]): CliRequest {
  let parsed: ReturnType<typeof parseArgv>;
  try {
    parsed = parseArgv(argv);
  } catch (error) {
    throw new UsageError(describeParseError(error, setIds));
  }
  const { values, positionals } = parsed;
  const [command, ...extra] = positionals;
  if (values.help === true || command === "help") {
    return { command: "help" };
  }
  if (command === undefined) {
    throw new UsageError(`missing command; commands: ${COMMANDS.join(", ")}`);
  }
  if (!isCommand(command)) {
    throw new UsageError(`unknown command "${command}"; commands: ${COMMANDS.join(", ")}`);
  }
  if (command === "import") return importRequest(values, extra);
  if (extra.length > 0) {
    throw new UsageError(`unexpected argument "${extra[0]}" after "${command}"`);
  }
  if (command === "validate") {
    if (Object.values(values).some((value) => value !== undefined)) {
      throw new UsageError("validate takes no options");
    }
    return { command };
  }
  refuse(values, ["term-separator", "card-separator"], "export");
  if (values.format === undefined) {
    throw new UsageError(`export needs --format; formats: ${CLI_EXPORT_FORMATS.join(", ")}`);
  }
  if (!isCliExportFormat(values.format)) {
    throw new UsageError(
      `unknown format "${values.format}"; formats: ${CLI_EXPORT_FORMATS.join(", ")}`,
    );
  }
  if (values.format === "qti3" && values.out === undefined) {
    throw new UsageError("export --format qti3 writes a zip file: give it with --out FILE.zip");
  }
  return { command: "export", format: values.format, setId: values.set, out: values.out };
}

type Values = ReturnType<typeof parseArgv>["values"];

function importRequest(values: Values, files: readonly string[]): CliRequest {
  refuse(values, ["set", "out"], "import");
  const [file, ...extra] = files;
  if (file === undefined)
    throw new UsageError("import needs a file: quizdeck-content import FILE --format FORMAT");
  if (extra.length > 0) throw new UsageError(`import takes one file; unexpected "${extra[0]}"`);
  if (values.format === undefined) {
    throw new UsageError(`import needs --format; formats: ${IMPORT_FORMATS.join(", ")}`);
  }
  if (!isImportFormat(values.format)) {
    throw new UsageError(
      `unknown import format "${values.format}"; formats: ${IMPORT_FORMATS.join(", ")}`,
    );
  }
  const separators =
    values["term-separator"] !== undefined || values["card-separator"] !== undefined;
  if (separators && values.format !== "quizlet") {
    throw new UsageError("--term-separator and --card-separator are for --format quizlet");
  }
  return {
    command: "import",
    file,
    format: values.format,
    termSeparator: unescapeSeparator(values["term-separator"]),
    cardSeparator: unescapeSeparator(values["card-separator"]),
  };
}

/** "\t" and "\n" typed on a command line mean a tab and a new line. */
function unescapeSeparator(value: string | undefined): string | undefined {
  return value?.replaceAll("\\t", "\t").replaceAll("\\n", "\n");
}

function refuse(values: Values, names: readonly (keyof Values)[], command: string): void {
  const given = names.find((name) => values[name] !== undefined);
  if (given !== undefined) throw new UsageError(`${command} does not take --${String(given)}`);
}

function parseArgv(argv: readonly string[]) {
  return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
}

function isCommand(value: string): value is Command {
  return (COMMANDS as readonly string[]).includes(value);
}

/** parseArgs' errors, reworded to say what is valid. */
function describeParseError(error: unknown, setIds: readonly string[]): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    if (/--format/.test(message)) {
      return `--format needs a value; formats: ${CLI_EXPORT_FORMATS.join(", ")} (export), ${IMPORT_FORMATS.join(", ")} (import)`;
    }
    if (/--set/.test(message)) {
      return `--set needs a value; sets: ${setIds.length === 0 ? "(none)" : setIds.join(", ")}`;
    }
    const option = /'(--[a-z-]+)/.exec(message)?.[1];
    if (option !== undefined) return `${option} needs a value`;
  }
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const option = /'([^']+)'/.exec(message)?.[1] ?? message;
    return `unknown option "${option}"; options: ${OPTION_LIST}`;
  }
  return message;
}

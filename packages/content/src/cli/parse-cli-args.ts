import { parseArgs } from "node:util";
import { EXPORT_FORMATS, type ExportFormat, isExportFormat } from "../export/export-format.ts";
import { COMMANDS, type Command } from "./usage.ts";
import { UsageError } from "./usage-error.ts";

export type CliRequest =
  | { command: "help" }
  | { command: "validate" }
  | { command: "export"; format: ExportFormat; setId: string | undefined };

const OPTIONS = {
  format: { type: "string", short: "f" },
  set: { type: "string", short: "s" },
  help: { type: "boolean", short: "h" },
} as const;

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
  if (extra.length > 0) {
    throw new UsageError(`unexpected argument "${extra[0]}" after "${command}"`);
  }
  if (command === "validate") {
    if (values.format !== undefined || values.set !== undefined) {
      throw new UsageError("validate takes no options");
    }
    return { command };
  }
  if (values.format === undefined) {
    throw new UsageError(`export needs --format; formats: ${EXPORT_FORMATS.join(", ")}`);
  }
  if (!isExportFormat(values.format)) {
    throw new UsageError(
      `unknown format "${values.format}"; formats: ${EXPORT_FORMATS.join(", ")}`,
    );
  }
  return { command: "export", format: values.format, setId: values.set };
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
      return `--format needs a value; formats: ${EXPORT_FORMATS.join(", ")}`;
    }
    if (/--set/.test(message)) {
      return `--set needs a value; sets: ${setIds.length === 0 ? "(none)" : setIds.join(", ")}`;
    }
  }
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const option = /'([^']+)'/.exec(message)?.[1] ?? message;
    return `unknown option "${option}"; options: --format (-f), --set (-s), --help (-h)`;
  }
  return message;
}

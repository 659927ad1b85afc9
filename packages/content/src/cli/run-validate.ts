import { article } from "../article/article.ts";
import { flashcards } from "../bank/flashcards.ts";
import { questions } from "../bank/questions/index.ts";
import { questionSets } from "../bank/sets.ts";
import { bankSchema } from "../schema/bank.ts";
import { cueReport } from "../validate/cue-report.ts";
import { validateBank } from "../validate/validate-bank.ts";
import type { CliIo } from "./cli-io.ts";
import { EXIT_OK, EXIT_PROBLEMS } from "./exit-codes.ts";
import { formatValidationReport } from "./format-validation-report.ts";
import { type RawBank, summarizeBank } from "./summarize-bank.ts";

/**
 * `validate`: runs validateBank on the raw bank (the arrays as written, before the
 * schema parses them, so a malformed item is reported rather than crashing the
 * load), prints the summary, the cue report and the problems; exit 1 when there
 * are any (a cue figure past its limit is one).
 */
export function runValidate(io: CliIo, raw: RawBank = shippedBank()): number {
  const problems = validateBank(raw);
  const parsed = bankSchema.safeParse(raw);
  const cues = parsed.success ? cueReport(parsed.data) : undefined;
  io.stdout(formatValidationReport(summarizeBank(raw), problems, cues));
  return problems.length === 0 ? EXIT_OK : EXIT_PROBLEMS;
}

/** The shipped bank as written, before parsing. */
function shippedBank() {
  return { source: article, questions, flashcards, sets: questionSets };
}

import { COGNITIVE_LEVELS, QUESTION_TYPES } from "../schema/question.ts";
import type { CueReport } from "../validate/cue-report.ts";
import type { BankProblem } from "../validate/validate-bank.ts";
import { MIN_ITEMS_PER_BODY_PARAGRAPH } from "../validate/validate-bank.ts";
import { formatCueReport } from "./format-cue-report.ts";
import type { BankSummary } from "./summarize-bank.ts";

/**
 * The text `quizdeck-content validate` prints: the summary, the cue report (when
 * the bank parses, so there is one), then the problems.
 */
export function formatValidationReport(
  summary: BankSummary,
  problems: readonly BankProblem[],
  cues?: CueReport,
): string {
  const lines = [
    `Bank: ${summary.questionCount} questions, ${summary.flashcardCount} flashcards, ${summary.sets.length} sets`,
    "",
    "Questions by type:",
    ...table(summary.byType, QUESTION_TYPES),
    "Questions by level:",
    ...table(summary.byLevel, COGNITIVE_LEVELS),
    "Questions by difficulty:",
    ...table(summary.byDifficulty, ["1", "2", "3"]),
    "Sets:",
    ...(summary.sets.length === 0 ? ["  (none)"] : setLines(summary.sets)),
    `Paragraph coverage (items quoting each paragraph; body paragraphs need ${MIN_ITEMS_PER_BODY_PARAGRAPH}):`,
    ...summary.coverage.map(
      (row) =>
        `  ${row.paragraphId} ${row.kind.padEnd(11)} ${String(row.items).padStart(3)}${row.enough ? "" : "  <- too few"}`,
    ),
    ...(cues === undefined ? [] : formatCueReport(cues)),
    "",
    problems.length === 0
      ? "No problems found."
      : `${problems.length} problem${problems.length === 1 ? "" : "s"}:`,
    ...problems.map((problem) => `  ${problem.where}: ${problem.message}`),
  ];
  return `${lines.join("\n")}\n`;
}

function setLines(sets: BankSummary["sets"]): string[] {
  const width = Math.max(...sets.map((set) => set.id.length));
  return sets.map(
    (set) =>
      `  ${set.id.padEnd(width)} ${String(set.questionCount).padStart(3)} questions, ${String(set.flashcardCount).padStart(3)} flashcards  “${set.title}”${set.drawCount === undefined ? "" : `, each attempt draws ${set.drawCount}`}`,
  );
}

/** Known keys first (zeros included), then any unexpected ones the raw bank holds. */
function table(counts: Record<string, number>, known: readonly string[]): string[] {
  const keys = [...known, ...Object.keys(counts).filter((key) => !known.includes(key))];
  const width = Math.max(...keys.map((key) => key.length));
  return keys.map((key) => `  ${key.padEnd(width)} ${String(counts[key] ?? 0).padStart(4)}`);
}

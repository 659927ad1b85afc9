import type { ImportResult } from "../import/import-result.ts";

/** The loss report `import` writes to stderr: a summary line, then every item. */
export function formatImportReport(file: string, result: ImportResult): string {
  const count = (outcome: string) =>
    result.report.filter((entry) => entry.outcome === outcome).length;
  const imported = result.questions.length + result.flashcards.length;
  const lines = [
    `${file} (${result.format}): ${result.report.length} item${result.report.length === 1 ? "" : "s"} read; ${count("imported")} imported as they were, ${count("changed")} changed, ${count("dropped")} dropped.`,
    ...result.report.flatMap((entry) => {
      const head = `  #${entry.position} “${entry.title}” (${entry.sourceType})`;
      if (entry.outcome === "dropped") return [`${head}: dropped: ${entry.reason ?? ""}`];
      const target = `${entry.itemId} (${entry.itemType})`;
      if (entry.outcome === "imported") return [`${head}: imported as ${target}`];
      return [
        `${head}: changed, as ${target}:`,
        ...entry.changes.map((change) => `      - ${change}`),
      ];
    }),
  ];
  if (imported > 0) {
    const ungrounded =
      result.questions.filter((question) => !question.grounded).length +
      result.flashcards.filter((card) => !card.grounded).length;
    if (ungrounded > 0) {
      lines.push(
        `${ungrounded} imported item${ungrounded === 1 ? " has" : "s have"} no source quote and ${ungrounded === 1 ? "is" : "are"} marked ungrounded (grounded: false) until a quote is attached.`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

import type { CueReport } from "../validate/cue-report.ts";

/** The cue report as `quizdeck-content validate` prints it: each figure, its limit, and the items behind it. */
export function formatCueReport(report: CueReport): string[] {
  const width = Math.max(...report.figures.map((figure) => figure.label.length));
  return [
    "Cue report (figure, limit):",
    ...report.figures.flatMap((figure) => [
      `  ${figure.withinLimit ? " " : "!"} ${figure.label.padEnd(width)}  ${figure.value}  (limit: ${figure.limit})`,
      ...figure.items.map((item) => `        ${item}`),
    ]),
    `Item warnings (${report.warnings.length}):`,
    ...(report.warnings.length === 0
      ? ["  (none)"]
      : report.warnings.map(
          (warning) => `  ${warning.questionId} [${warning.cue}]: ${warning.message}`,
        )),
  ];
}

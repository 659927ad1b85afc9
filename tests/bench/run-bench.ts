/**
 * Micro-benchmarks: `npm run bench` at the repository root. Not part of `npm test`.
 * Prints a Markdown table and writes it to docs/benchmarks.md (its own section only),
 * then measures page weight and speed (run-page-bench.ts, also `npm run bench:pages`).
 * Database benchmarks run on a fresh in-memory PGlite database, and again on a fresh
 * PostgreSQL database when QUIZDECK_TEST_POSTGRES_URL is set (created and dropped here).
 */
import { fileURLToPath } from "node:url";
import { testBackends } from "../../packages/db/test/support/test-databases.ts";
import { benchAssignmentResults } from "./assignment-results.ts";
import { benchDueQueue } from "./due-queue.ts";
import { benchGrading } from "./grading.ts";
import { benchItemAnalysis } from "./item-analysis.ts";
import { runFittingBench } from "./run-fitting-bench.ts";
import { benchCommand, runPageBench } from "./run-page-bench.ts";
import { benchScheduling } from "./scheduling.ts";
import type { BenchResult } from "./support/measure.ts";
import {
  formatMs,
  MICRO_BENCHMARKS_HEADING,
  machine,
  redactUrl,
  resultTable,
  writeSection,
} from "./support/report.ts";

const DOC = fileURLToPath(new URL("../../docs/benchmarks.md", import.meta.url));

async function main() {
  const host = machine();
  const started = performance.now();
  const log = (text: string) =>
    console.error(`[bench ${((performance.now() - started) / 1000).toFixed(1)} s] ${text}`);
  const postgresUrl = process.env.QUIZDECK_TEST_POSTGRES_URL || undefined;
  if (!postgresUrl)
    log("QUIZDECK_TEST_POSTGRES_URL is not set: database benchmarks on PGlite only");

  const results: BenchResult[] = [];
  log("grading");
  const grading = benchGrading();
  results.push(...grading);
  log("scheduling");
  const scheduling = benchScheduling();
  results.push(...scheduling);
  log("item analysis");
  const analysis = benchItemAnalysis();
  results.push(analysis);

  const dueQueues: Awaited<ReturnType<typeof benchDueQueue>>[] = [];
  const pages: BenchResult[] = [];
  for (const backend of testBackends) {
    log(`due queue (${backend.name})`);
    const due = await benchDueQueue(backend);
    dueQueues.push(due);
    results.push(due.result);
    log(`assignment results (${backend.name})`);
    const page = await benchAssignmentResults(backend);
    pages.push(...page);
    results.push(...page);
  }
  const seconds = (performance.now() - started) / 1000;
  log(`done in ${seconds.toFixed(0)} s`);

  const table = resultTable(results);
  console.log(table);

  const command = postgresUrl
    ? `QUIZDECK_TEST_POSTGRES_URL=${redactUrl(postgresUrl)} npm run bench`
    : "npm run bench";
  const pageLines = pages
    .filter((result) => result.name.startsWith("item-analysis page data"))
    .map((result) => {
      const backend = result.name.match(/(\w+)\)$/)?.[1] ?? "";
      const verdict =
        result.medianMs < 100
          ? "under the 100 ms a click is usually perceived as instant"
          : "over the 100 ms a click is usually perceived as instant";
      return `${backend}: median ${formatMs(result.medianMs)}, p95 ${formatMs(result.p95Ms)} (${verdict})`;
    });
  const shares = pages
    .filter((result) => result.name.startsWith("getAssignmentResults"))
    .map((query) => {
      const backend = query.name.match(/(\w+)\)$/)?.[1] ?? "";
      const page = pages.find(
        (result) =>
          result.name.startsWith("item-analysis page data") && result.name.endsWith(`${backend})`),
      );
      return page ? `${Math.round((100 * query.medianMs) / page.medianMs)}% (${backend})` : "";
    })
    .join(", ");
  const allInstant = pages
    .filter((result) => result.name.startsWith("item-analysis page data"))
    .every((result) => result.medianMs < 100);
  const due = dueQueues
    .map(
      (entry) =>
        `${entry.result.name.match(/(\w+)\)$/)?.[1]}: ${entry.dueRows.toLocaleString("en")} flashcard rows due, ${entry.dueInBank} of them cards in the bank and returned`,
    )
    .join("; ");

  const section = `${MICRO_BENCHMARKS_HEADING}

Measured ${new Date().toISOString().slice(0, 10)} on ${host.cores} cores (${host.cpu}), Node.js ${host.node}${postgresUrl ? ", PostgreSQL server on the same machine" : ""}; 1-minute load average ${host.load.toFixed(2)} at the start. Command:

\`\`\`sh
${command}
\`\`\`

(${seconds.toFixed(0)} s for the whole run; sources in \`tests/bench/\`; the data is generated from seeded random numbers, so every run measures the same work.)

${table}

How to read it: synchronous calls are timed in batches (about 2 ms each, after a warm-up); the median is the median per-call time over the batches, so p95 is left out there. Database calls are timed one at a time, one after another, after a few warm-up calls, on a fresh database holding only the benchmark's rows; they show median and p95 latency.

- **grade** per question type: each call grades the next bank question of that type, alternately with its answer key and with a wrong answer (a wrong choice, the opposite statement, each blank's answer reversed, pairs shifted, items reversed). Grading is far too fast to matter next to a request round trip.
- **scheduleReview / previewNextDue**: one FSRS step and the four-rating preview shown on the buttons, on 64 memories replayed through 0–11 seeded reviews.
- **itemAnalysis** alone: 1,000 synthetic first attempts × the first 20 questions of \`s-whole-article-exam\` (answers are the key or a wrong answer by a seeded ability model, 2% skipped, scores from \`grade\`).
- **getDueQueue**: one student with 10,000 \`item_memory\` rows (the bank's 62 cards and 84 questions, the rest synthetic card ids). The query asks only for the bank's cards (an \`IN\` list on the indexed \`(userId, itemId)\`), so rows of other items cost nothing: ${due}.
- **getAssignmentResults** and the **item-analysis page data** (what \`/teach/assignments/[id]\` loads: the results query, the assigned bank, \`itemAnalysis\`) for the same 1,000 attempts stored as rows, all submitted by enrolled students. The query returns one row per attempt, its responses packed into one JSON text, with a response's own JSON only where item analysis reads it (single-choice, multiple-choice and true-false questions). The claim "item analysis is instant for 1,000 attempts" ${allInstant ? "holds" : "does not hold for the page load"}: ${pageLines.join("; ")}. The results query's median alone is ${shares} of the page load's median.
`;
  writeSection(DOC, section);
  log(`wrote ${DOC}`);

  // Per-student and per-class FSRS fitting, in a section of its own.
  await runFittingBench(command, log);

  // Page weight and speed: a production build in a browser, in a section of its own.
  await runPageBench(benchCommand(command), log);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

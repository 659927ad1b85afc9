/**
 * Page weight and speed alone: `npm run bench:pages` at the repository root
 * (`npm run bench` runs it too). Builds and serves the app, prints the tables
 * and writes its own section of docs/benchmarks.md.
 */
import { fileURLToPath } from "node:url";
import { CHROMIUM_PATH, HAS_CHROMIUM } from "../e2e/support/chromium.ts";
import { benchPages } from "./pages.ts";
import { PAGES_HEADING, pageSection, vitalsTable, weightTable } from "./support/page-report.ts";
import { machine, writeSection } from "./support/report.ts";

const DOC = fileURLToPath(new URL("../../docs/benchmarks.md", import.meta.url));
/** Visits to the quiz player for LCP and CLS; the table shows their median. */
const RUNS = 5;

/**
 * Measures and writes the section; `command` is what the page says was run.
 * False when there is no Chromium to measure with (the section stays as it was).
 */
export async function runPageBench(command: string, log: (text: string) => void): Promise<boolean> {
  if (!HAS_CHROMIUM) {
    log(`Chromium not found at ${CHROMIUM_PATH}: page weight and speed NOT measured`);
    return false;
  }
  const host = machine();
  const started = performance.now();
  const bench = await benchPages(RUNS, log);
  const seconds = (performance.now() - started) / 1000;
  console.log(`${weightTable(bench)}\n\n${vitalsTable(bench)}`);
  writeSection(DOC, pageSection(bench, { host, command, seconds }), PAGES_HEADING);
  log(`wrote ${DOC}`);
  return true;
}

/** The command as run, with the build directory when one was chosen. */
export function benchCommand(script: string): string {
  const distDir = process.env.QUIZDECK_E2E_DIST_DIR;
  return distDir ? `QUIZDECK_E2E_DIST_DIR=${distDir} ${script}` : script;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const log = (text: string) =>
    console.error(`[bench:pages ${((performance.now() - started) / 1000).toFixed(1)} s] ${text}`);
  runPageBench(benchCommand("npm run bench:pages"), log).then(
    (measured) => {
      if (!measured) process.exitCode = 1;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}

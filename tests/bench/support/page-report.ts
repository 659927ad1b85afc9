import { KIB } from "../../e2e/support/first-load-js.ts";
import {
  ANSWER_LATENCY_MS,
  GOOD_CLS,
  QUIZ_PLAYER_JS_BUDGET,
} from "../../e2e/support/quiz-page-speed.ts";
import type { PageBench } from "../pages.ts";
import { ANSWERS_PER_VISIT } from "../web-vitals.ts";
import type { Machine } from "./report.ts";

export const PAGES_HEADING = "## Page weight and speed";

const QUIZ_PLAYER = "/attempts/[attemptId]";

const kib = (bytes: number) => (bytes / KIB).toFixed(1);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

export function weightTable(bench: PageBench): string {
  const rows = bench.weights.map(
    (page) =>
      `| \`${page.route}\` | ${page.visitor} | ${page.load.scripts.length} | ${kib(page.load.gzipBytes)} | ${kib(page.load.bytes)} |`,
  );
  return [
    "| page | opened as | JS files | KiB gzipped | KiB raw |",
    "| --- | --- | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
}

/** The quiz player's files, and how many of the pages load each of them. */
function quizPlayerFiles(bench: PageBench): string {
  const player = bench.weights.find((page) => page.route === QUIZ_PLAYER);
  if (!player) return "";
  const rows = player.load.scripts.map((script) => {
    const pages = bench.weights.filter((page) =>
      page.load.scripts.some((other) => other.path === script.path),
    ).length;
    return `| \`${script.path.replace("/_next/static/chunks/", "")}\` | ${kib(script.gzipBytes)} | ${pages === 1 ? "this page only" : `${pages} of ${bench.weights.length}`} |`;
  });
  return [
    "| file (in /_next/static/chunks/) | KiB gzipped | pages loading it |",
    "| --- | ---: | --- |",
    ...rows,
  ].join("\n");
}

export function vitalsTable(bench: PageBench): string {
  const visits = bench.visits;
  const row = (name: string, values: number[], format: (value: number) => string) =>
    `| ${name} | ${format(median(values))} | ${format(Math.min(...values))} | ${format(Math.max(...values))} | ${values.length} |`;
  const ms = (value: number) => `${Math.round(value)} ms`;
  const score = (value: number) => value.toFixed(3);
  return [
    "| quiz player | median | min | max | runs |",
    "| --- | ---: | ---: | ---: | ---: |",
    row(
      "LCP, cold load",
      visits.map((visit) => visit.lcpMs ?? Number.NaN),
      ms,
    ),
    row(
      "CLS, cold load",
      visits.map((visit) => visit.loadCls),
      score,
    ),
    row(
      `CLS, cold load and answering ${ANSWERS_PER_VISIT} questions`,
      visits.map((visit) => visit.cls),
      score,
    ),
    row(
      "every layout shift of that visit added up, input-excused ones included",
      visits.map((visit) => visit.allShifts),
      score,
    ),
  ].join("\n");
}

export interface PageSectionInfo {
  host: Machine;
  command: string;
  seconds: number;
}

export function pageSection(bench: PageBench, info: PageSectionInfo): string {
  const player = bench.weights.find((page) => page.route === QUIZ_PLAYER);
  const playerKib = player ? kib(player.load.gzipBytes) : "?";
  const playerKb = player ? (player.load.gzipBytes / 1000).toFixed(1) : "?";
  const within = player && player.load.gzipBytes <= QUIZ_PLAYER_JS_BUDGET;
  const everywhere = player
    ? player.load.scripts
        .filter((script) =>
          bench.weights.every((page) =>
            page.load.scripts.some((other) => other.path === script.path),
          ),
        )
        .reduce((total, script) => total + script.gzipBytes, 0)
    : 0;
  const lcpElements = [...new Set(bench.visits.map((visit) => visit.lcpElement ?? "none"))];
  const { host } = info;
  return `${PAGES_HEADING}

Measured ${new Date().toISOString().slice(0, 10)} on ${host.cores} cores (${host.cpu}), Node.js ${host.node}, Chromium ${bench.chromium} (headless, 1280 × 720, no throttling), the production build served by \`apps/web/server.mjs\` (as \`npm start\` serves it) on the same machine with the demo data; 1-minute load average ${host.load.toFixed(2)} at the start. Command:

\`\`\`sh
${info.command}
\`\`\`

(${info.seconds.toFixed(0)} s including \`next build\`; \`npm run bench\` runs it too, after the micro-benchmarks. Sources: \`tests/bench/pages.ts\`, \`tests/bench/page-weight.ts\`, \`tests/bench/web-vitals.ts\`; the measuring code, shared with the regression test \`tests/e2e/page-weight.e2e.test.ts\`, is in \`tests/e2e/support/first-load-js.ts\`, \`web-vitals.ts\` and \`quiz-page-speed.ts\`.)

### First-load JavaScript per page

${weightTable(bench)}

How to read it: each page is opened once in a fresh browser context (empty cache), signed in as the demo student or teacher when it is meant for them (the landing, sign-in and sign-up pages anonymously), with the demo data's ids. Every JavaScript file the browser fetches until the network has been idle for 500 ms is counted once: the chunks the HTML names and anything loaded after them, prefetching included. **KiB gzipped** is the sum of each file's body gzipped here at zlib's default level, whatever compression the server used; **KiB raw** is the same files uncompressed (1 KiB = 1,024 bytes). Inline scripts in the HTML (Next.js's bootstrap, the page's server-rendered data) are not files and are not counted.

The quiz player (\`${QUIZ_PLAYER}\`) loads ${playerKib} KiB (${playerKb} kB of 1,000 bytes, the unit Next.js used to print), ${within ? "within" : "over"} its budget of ${kib(QUIZ_PLAYER_JS_BUDGET)} KiB; ${kib(everywhere)} KiB of it are files every page loads (React, the Next.js router and runtime, the root layout's client components):

${quizPlayerFiles(bench)}

### Quiz player: LCP and CLS

${vitalsTable(bench)}

How to read it: each run starts a new practice quiz ("The Central Asian states", feedback after each answer) as the demo student and loads its player cold in a fresh browser context; \`PerformanceObserver\`s for \`largest-contentful-paint\` and \`layout-shift\` (buffered) are installed before the navigation. **LCP** is the last candidate's start time once the network is idle (the LCP element: ${lcpElements.join("; ")}). Then ${ANSWERS_PER_VISIT} questions are answered by keyboard, each feedback panel shown before moving on; every answer is held back ${ANSWER_LATENCY_MS} ms on its way to the server, as on a slow connection, so feedback appears after the 500 ms following a key press in which the browser excuses layout shifts. **CLS** is computed as browsers do: shifts without recent input, in session windows (gaps under 1 s, at most 5 s), the largest window's sum; under ${GOOD_CLS} is good. The last row adds up every shift, excused or not (such as the next question replacing this one after a key press).
`;
}

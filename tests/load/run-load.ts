/**
 * The load, scale-out and crash benchmarks: `npm run bench:load` at the root
 * (also part of `npm run bench`). Builds the app into the e2e build folder
 * (QUIZDECK_E2E_DIST_DIR picks another; --reuse-build serves what is there),
 * drives simulated students against it, checks nothing was lost, and writes
 * its section of docs/benchmarks.md. PostgreSQL runs need QUIZDECK_TEST_POSTGRES_URL.
 *
 *   --students=100,1000   class sizes for the think-time runs
 *   --think=5000-15000    think time per answer, ms (uniform)
 *   --arrivals=6          students arriving per second (a class signing in, not all at one instant)
 *   --only=load,signin,saturation,scale,crash   parts to run
 *   --backends=postgres,pglite   databases to run on (PostgreSQL only with the URL)
 *   --faults=kill,restart   the crash part's faults: kill -9 of the app, restart of PostgreSQL
 *                           (the restart drops every connection to that server, other users' too)
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { machine, redactUrl, writeSection } from "../bench/support/report.ts";
import { buildApp, E2E_DIST_DIR, ROOT } from "../e2e/support/app-server.ts";
import { type CrowdRunReport, crowdRun } from "./support/crowd-run.ts";
import { type Fault, type FaultRunReport, faultRun } from "./support/fault-run.ts";
import type { BackendName } from "./support/load-database.ts";
import { POOL_SIZE } from "./support/load-database.ts";
import { LOAD_HEADING, loadSection } from "./support/load-report.ts";
import { type SignInBurstReport, signInBurst } from "./support/sign-in-burst.ts";

const DOC = fileURLToPath(new URL("../../docs/benchmarks.md", import.meta.url));
const PARTS = ["load", "signin", "saturation", "scale", "crash"] as const;
/** Students in the flat-out runs: 2,000 answers, enough to measure a steady rate. */
const SATURATION_STUDENTS = 100;
/** Students in the long crash runs. */
const CRASH_STUDENTS = 200;

const { values } = parseArgs({
  options: {
    students: { type: "string", default: "100,1000" },
    think: { type: "string", default: "5000-15000" },
    arrivals: { type: "string", default: "6" },
    only: { type: "string", default: PARTS.join(",") },
    backends: { type: "string", default: "postgres,pglite" },
    faults: { type: "string", default: "kill,restart" },
    "reuse-build": { type: "boolean", default: false },
  },
});

async function main() {
  const host = machine();
  const started = performance.now();
  const log = (text: string) =>
    console.error(`[load ${((performance.now() - started) / 1000).toFixed(0)} s] ${text}`);
  const postgresAdminUrl = process.env.QUIZDECK_TEST_POSTGRES_URL || undefined;
  const asked = new Set(values.backends.split(","));
  const backends = (["postgres", "pglite"] as const).filter(
    (backend) => asked.has(backend) && (backend === "pglite" || postgresAdminUrl),
  );
  if (!postgresAdminUrl) log("QUIZDECK_TEST_POSTGRES_URL is not set: PGlite runs only");
  const withPostgres = backends.includes("postgres");
  const sizes = values.students.split(",").map(Number);
  const [thinkLow = 5000, thinkHigh = 15000] = values.think.split("-").map(Number);
  const think: [number, number] = [thinkLow, thinkHigh];
  const arrivalsPerSecond = Number(values.arrivals);
  const rampFor = (students: number) => (students * 1000) / arrivalsPerSecond;
  const only = new Set(values.only.split(","));

  if (!values["reuse-build"] || !existsSync(join(ROOT, "apps", "web", E2E_DIST_DIR, "BUILD_ID"))) {
    log(`building the app into apps/web/${E2E_DIST_DIR}`);
    buildApp();
  }

  const loads: CrowdRunReport[] = [];
  const saturations: CrowdRunReport[] = [];
  const signIns: SignInBurstReport[] = [];
  const faults: { fault: Fault; backend: BackendName; students: number; report: FaultRunReport }[] =
    [];
  /** Counts, the first few distinct reasons a student stopped or a check failed, and what the server logged. */
  const logOutcome = (report: {
    loss: CrowdRunReport["loss"];
    failures: string[];
    crowd: CrowdRunReport["crowd"];
    serverErrors?: Map<string, number>;
  }) => {
    log(
      `  ${report.loss.acknowledged} acknowledged, ${report.loss.stored} stored, ${report.failures.length} failures, ${report.loss.problems.length} problems`,
    );
    const reasons = new Set(
      [...report.failures, ...report.loss.problems].map((line) => line.replace(/^[^:]*: /, "")),
    );
    for (const reason of [...reasons].slice(0, 5)) log(`    ${reason}`);
    for (const [kind, times] of report.crowd.errors) log(`    retried: ${kind} ×${times}`);
    for (const [kind, times] of report.crowd.shed)
      log(`    shed and sent again: ${kind} ×${times}`);
    for (const kind of report.crowd.savesBySignIn.kinds()) {
      const { count, p50, p95, p99 } = report.crowd.savesBySignIn.summary(kind);
      log(
        `    answer saves ${kind}: ${count}, p50 / p95 / p99 ${p50.toFixed(0)} / ${p95.toFixed(0)} / ${p99.toFixed(0)} ms`,
      );
    }
    for (const [line, times] of report.serverErrors ?? [])
      log(`    server said ×${times}: ${line}`);
  };
  const run = async (options: Parameters<typeof crowdRun>[0], into: CrowdRunReport[]) => {
    log(
      `${options.students} students, ${options.instances} instance(s)${options.workers ? ` of ${options.workers} worker(s)` : ""}, ${options.backend}, think ${options.thinkMs.join("-")} ms`,
    );
    const report = await crowdRun({ ...options, postgresAdminUrl });
    logOutcome(report);
    if (report.flatOut) {
      const { bareHttpCpuMs, healthCpuMs, refusedCpuMs, saveCpuMs, saveCpuMeanMs, savesPerSecond } =
        report.flatOut;
      log(
        `  CPU ms per request: bare node:http ${bareHttpCpuMs.toFixed(2)}, health ${healthCpuMs.toFixed(2)}, refused save ${refusedCpuMs.toFixed(2)}, answer save ${saveCpuMs.toFixed(2)} (median; mean ${saveCpuMeanMs.toFixed(2)}); ${savesPerSecond.toFixed(0)} saves/s, bare inserts ${report.bare?.rowsPerSecond.toFixed(0) ?? "—"}/s`,
      );
    }
    into.push(report);
  };

  if (only.has("load")) {
    for (const backend of backends) {
      for (const students of sizes)
        await run(
          { backend, students, instances: 1, thinkMs: think, rampMs: rampFor(students) },
          loads,
        );
    }
  }
  if (only.has("signin")) {
    for (const backend of backends) {
      const students = Math.max(...sizes);
      log(`sign-in burst: ${students} students at once, ${backend}`);
      const report = await signInBurst({ backend, students, postgresAdminUrl });
      log(
        `  ${report.log.summary("sign-in").count} signed in within ${(report.durationMs / 1000).toFixed(1)} s; errors: ${JSON.stringify(Object.fromEntries(report.errors))}`,
      );
      for (const [line, times] of report.serverErrors) log(`    server said ×${times}: ${line}`);
      signIns.push(report);
    }
  }
  if (only.has("saturation")) {
    const flatOut = {
      students: SATURATION_STUDENTS,
      instances: 1,
      thinkMs: [0, 0] as [number, number],
      rampMs: 0,
      flatOut: true,
    };
    for (const backend of backends) {
      await run({ ...flatOut, backend, withBareBaseline: true }, saturations);
    }
    // One worker against the default (one per core): what the other cores add.
    if (withPostgres && only.has("scale")) {
      await run({ ...flatOut, backend: "postgres", workers: 1 }, saturations);
    }
  }
  if (only.has("crash")) {
    const faultsAsked = new Set(values.faults.split(","));
    const cases: { fault: Fault; backend: BackendName }[] = [
      ...(faultsAsked.has("kill")
        ? backends.map((backend) => ({ fault: "kill -9 the server" as const, backend }))
        : []),
      ...(withPostgres && faultsAsked.has("restart")
        ? [{ fault: "PostgreSQL restart" as const, backend: "postgres" as const }]
        : []),
    ];
    for (const { fault, backend } of cases) {
      const students = CRASH_STUDENTS;
      log(`${fault} (${backend}), ${students} students`);
      const report = await faultRun({
        backend,
        fault,
        students,
        strikeAt: 0.5,
        thinkMs: [200, 1200],
        postgresAdminUrl,
      });
      logOutcome(report);
      faults.push({ fault, backend, students, report });
    }
  }

  const seconds = (performance.now() - started) / 1000;
  log(`done in ${seconds.toFixed(0)} s`);
  const section = loadSection({
    host,
    seconds,
    command: commandLine(postgresAdminUrl),
    poolSize: POOL_SIZE,
    think,
    arrivalsPerSecond,
    loads,
    saturations,
    signIns,
    faults,
  });
  console.log(section);
  writeSection(DOC, section, LOAD_HEADING);
  log(`wrote ${DOC}`);
  const problems = [
    // A request shed by design (503 with Retry-After before any work, sent again and then
    // answered) is not a fault: it is counted apart (crowd.shed), never among these 5xx.
    ...[...loads, ...saturations].flatMap((report) => [
      ...report.failures,
      ...report.loss.problems,
      ...serverFaults(report.crowd.errors, 500),
    ]),
    ...signIns.flatMap((report) =>
      [...report.errors].map(([kind, times]) => `sign-in ${kind} ×${times}`),
    ),
    // While the database restarts, 503 with Retry-After is the designed answer; a 500 never is.
    ...faults.flatMap(({ report }) => [
      ...report.failures,
      ...report.loss.problems,
      ...serverFaults(report.crowd.errors, 500, 500),
    ]),
  ];
  if (problems.length > 0) {
    console.error(
      `Something was lost, a student could not finish, or the server failed (5xx):\n  ${problems.slice(0, 20).join("\n  ")}`,
    );
    process.exitCode = 1;
  }
}

/** The error counts whose status is a server fault (from `low` to `high`), as lines. */
function serverFaults(errors: Map<string, number>, low: number, high = 599): string[] {
  return [...errors].flatMap(([kind, times]) => {
    const status = Number(/ (\d{3})$/.exec(kind)?.[1]);
    return status >= low && status <= high ? [`${kind} ×${times}`] : [];
  });
}

function commandLine(postgresAdminUrl: string | undefined): string {
  const args = process.argv.slice(2).join(" ");
  const prefix = postgresAdminUrl
    ? `QUIZDECK_TEST_POSTGRES_URL=${redactUrl(postgresAdminUrl)} `
    : "";
  return `${prefix}npm run bench:load${args ? ` -- ${args}` : ""}`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

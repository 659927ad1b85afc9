import type { Machine } from "../../bench/support/report.ts";
import type { CrowdRunReport } from "./crowd-run.ts";
import type { Fault, FaultRunReport } from "./fault-run.ts";
import { PROBES_PER_STUDENT } from "./flat-out-phases.ts";
import type { LatencyLog, LatencySummary } from "./latency.ts";
import type { BackendName } from "./load-database.ts";
import type { SignInBurstReport } from "./sign-in-burst.ts";
import { SAVE_AFTER_SIGN_IN, SAVE_WHILE_SIGNING_IN } from "./simulate-student.ts";

export const LOAD_HEADING = "## Load, scale-out and crash";

export interface LoadSectionInput {
  host: Machine;
  seconds: number;
  command: string;
  poolSize: number;
  think: [number, number];
  arrivalsPerSecond: number;
  loads: CrowdRunReport[];
  saturations: CrowdRunReport[];
  signIns: SignInBurstReport[];
  faults: { fault: Fault; backend: BackendName; students: number; report: FaultRunReport }[];
}

const cpu = (value: number | undefined) => (value === undefined ? "—" : value.toFixed(2));
const ms = (value: number) =>
  Number.isNaN(value) ? "—" : `${value < 10 ? value.toFixed(1) : value.toFixed(0)}`;
const triple = (summary: LatencySummary) =>
  `${ms(summary.p50)} / ${ms(summary.p95)} / ${ms(summary.p99)}`;
const perSecond = (value: number) =>
  Number.isNaN(value) ? "—" : value.toFixed(value < 100 ? 1 : 0);
const requestCount = (log: LatencyLog) =>
  log.kinds().reduce((sum, kind) => sum + log.summary(kind).count, 0);
const pageKinds = (log: LatencyLog) => log.kinds().filter((kind) => kind.startsWith("page:"));
const retried = (errors: Map<string, number>) =>
  errors.size === 0 ? "none" : [...errors].map(([key, count]) => `${key} ×${count}`).join(", ");
const shedCounts = (shed: Map<string, number>) =>
  shed.size === 0 ? "none" : [...shed].map(([kind, count]) => `${kind} ×${count}`).join(", ");
const lost = (report: { loss: { problems: string[] }; failures: string[] }) =>
  report.loss.problems.length + report.failures.length === 0
    ? "none"
    : `${report.loss.problems.length} problems, ${report.failures.length} students stopped`;

/** The benchmarks page section for one `npm run bench:load` run. */
export function loadSection(input: LoadSectionInput): string {
  const { host, loads, saturations, faults } = input;
  const loadRows = loads.map(({ options, crowd, loss, failures, serverCpuMs }) => {
    const requests = requestCount(crowd.log);
    return `| ${options.backend} | ${options.students.toLocaleString("en")} | ${options.instances} | ${triple(crowd.log.summary("answer save"))} | ${triple(crowd.savesBySignIn.summary(SAVE_WHILE_SIGNING_IN))} | ${triple(crowd.savesBySignIn.summary(SAVE_AFTER_SIGN_IN))} | ${triple(crowd.log.summary(...pageKinds(crowd.log)))} | ${triple(crowd.log.summary("sign-in"))} | ${perSecond(crowd.log.throughput("answer save"))} | ${perSecond((requests * 1000) / crowd.durationMs)} | ${ms(serverCpuMs / requests)} | ${loss.acknowledged.toLocaleString("en")} / ${loss.stored.toLocaleString("en")} | ${lost({ loss, failures })} | ${retried(crowd.errors)} | ${shedCounts(crowd.shed)} |`;
  });
  const saturationRows = saturations.map(({ options, crowd, bare, flatOut }) => {
    const app = flatOut?.savesPerSecond ?? Number.NaN;
    return `| ${options.backend} | ${options.workers ?? (options.backend === "pglite" ? 1 : host.cores)} | ${options.students} | ${perSecond(app)} | ${triple(crowd.log.summary("answer save"))} | ${cpu(flatOut?.saveCpuMs)} | ${cpu(flatOut?.saveCpuMeanMs)} | ${cpu(flatOut?.refusedCpuMs)} | ${cpu(flatOut?.healthCpuMs)} | ${cpu(flatOut?.bareHttpCpuMs)} | ${bare ? perSecond(bare.rowsPerSecond) : "—"} | ${bare ? (app / bare.rowsPerSecond).toFixed(2) : "—"} |`;
  });
  const signInRows = input.signIns.map(
    ({ backend, students, durationMs, log, errors, serverCpuMs }) =>
      `| ${backend} | ${students.toLocaleString("en")} | ${(durationMs / 1000).toFixed(1)} s | ${triple(log.summary("sign-in"))} | ${ms(serverCpuMs / students)} | ${errors.size === 0 ? "none" : [...errors].map(([kind, times]) => `${kind} ×${times}`).join(", ")} |`,
  );
  const faultRows = faults.map(
    ({ fault, backend, students, report }) =>
      `| ${fault} | ${backend} | ${students} | ${report.acknowledgedAtStrike.toLocaleString("en")} | ${report.loss.acknowledged.toLocaleString("en")} / ${report.loss.stored.toLocaleString("en")} | ${lost(report)} | ${retried(report.crowd.errors)} | ${report.recoveryMs === null ? "—" : `${ms(report.recoveryMs)} ms`} |`,
  );

  const largestPostgres = loads
    .filter((report) => report.options.backend === "postgres" && report.options.instances === 1)
    .sort((a, b) => b.options.students - a.options.students)[0];
  const p95 = largestPostgres?.crowd.log.summary("answer save").p95;
  const ratios = saturations.flatMap(({ options, flatOut, bare }) =>
    bare && flatOut
      ? [`${options.backend}: ${(flatOut.savesPerSecond / bare.rowsPerSecond).toFixed(2)}`]
      : [],
  );
  const postgresRuns = saturations.filter((run) => run.options.backend === "postgres");
  const single = postgresRuns.find((run) => run.options.workers === 1);
  const all = postgresRuns.find((run) => run.options.workers === undefined);
  const gain =
    single?.flatOut && all?.flatOut
      ? (all.flatOut.savesPerSecond / single.flatOut.savesPerSecond).toFixed(2)
      : null;

  return `${LOAD_HEADING}

Measured ${new Date().toISOString().slice(0, 10)} on ${host.cores} cores (${host.cpu}), Node.js ${host.node}; the driver, the app server(s) and PostgreSQL all on this one machine; 1-minute load average ${host.load.toFixed(2)} at the start. Command (${input.seconds.toFixed(0)} s in all; sources in \`tests/load/\`):

\`\`\`sh
${input.command}
\`\`\`

Each simulated student does what the browser does, over HTTP with its own cookies and address: sign in (\`POST /api/auth/sign-in/email\`, a fresh scrypt check each), open the assignment page, start the attempt (the server action, as React calls it; Next.js renders the quiz page into the same reply, so this is also the quiz's page load), then for each of the 20 questions wait a think time (uniform ${input.think[0]}–${input.think[1]} ms) and save the answer (\`POST /api/attempts/[id]/responses\`, a third of them wrong), submit, and open the results page. The assignment has the default settings, so every answer is graded and fed to FSRS as it is saved (immediate feedback). Students arrive evenly, ${input.arrivalsPerSecond} a second (1,000 over ${(1000 / input.arrivalsPerSecond).toFixed(0)} s). A request with no reply or a 5xx is retried with the same clientId, as the quiz player's outbox does; one the server shed by design (on the embedded database, once its queue is longer than a client waits: 503 with Retry-After and the \`x-quizdeck-shed\` header, or a server action's form message with them) is sent again after its Retry-After and counted in its own column, not as an error. Answer saves are also timed apart by whether any student was still signing in when they were sent. The production build served by \`apps/web/server.mjs\` (as \`npm start\` serves it); PostgreSQL pool of ${input.poolSize} connections per app process; latencies are measured at the driver, in ms. Server CPU is the app processes' user + system time over the run divided by the requests answered (sign-in's scrypt included); PostgreSQL's own CPU is not in it.

### Students taking a 20-question assignment

| backend | students | instances | answer save p50 / p95 / p99 | while the class signs in | after | page load p50 / p95 / p99 | sign-in p50 / p95 / p99 | answer saves/s | requests/s | server CPU ms per request | answers acknowledged / stored | lost or stuck | retried | shed (503 by design, retried) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |
${loadRows.join("\n")}

Target: answer-save p95 ≤ 50 ms at 1,000 concurrent students on PostgreSQL: ${p95 === undefined ? "not measured in this run" : `${ms(p95)} ms, ${p95 <= 50 ? "met" : "NOT met"}`}. With two instances, each student signs in on one and carries on at the other, so every session is used on both.

### Flat out: no think time, against a bare insert baseline

${saturations[0]?.options.students ?? 0} students, no think time, in phases they pass together: all sign in and start their attempt; then each sends ${PROBES_PER_STUDENT} requests to a bare \`node:http\` server in a process of its own that answers a fixed JSON (the floor of one HTTP exchange on this machine at this moment), then ${PROBES_PER_STUDENT} \`GET /api/health\` (Next.js routing and the route wrapper, no session, no query), then ${PROBES_PER_STUDENT} answer saves the route refuses with 422 before any query (signed in, a body without an answer); then each saves its 20 answers as fast as the replies come. The CPU of the process measured (user + system of all its processes, from \`/proc\`) is read at each boundary and every second of the answer phase: **CPU per answer save** is the median over those one-second windows (and the mean over the phase), the others each phase's CPU over its requests. Then, into the same database, a plain \`pg\` pool of ${input.poolSize} connections inserts the same number of response rows, one \`INSERT\` and one commit each, all ${input.poolSize} connections busy: the write path with nothing on top.

| backend | workers | students | app answer saves/s | answer save p50 / p95 / p99 | server CPU ms per answer save, median | mean | per refused save | per health check | bare node:http per request | bare inserts/s | app ÷ bare |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${saturationRows.join("\n")}

Target app ÷ bare ≥ 0.5: ${ratios.length > 0 ? ratios.join(", ") : "not measured in this run"}.${gain ? ` All workers over one, flat out on PostgreSQL: ×${gain}.` : ""}

### A school signing in at once

Every student of the class sends its sign-in at the same instant to one server (its default workers), each a fresh scrypt check; none is retried, and each waits up to 180 s for its reply, as a browser would.

| backend | students | all signed in after | sign-in p50 / p95 / p99 | server CPU ms per sign-in | errors |
| --- | ---: | ---: | ---: | ---: | --- |
${signInRows.join("\n")}

### Faults mid-run

${faults[0]?.students ?? 0} students (think time 200–1,200 ms); the fault strikes when half of all answers are acknowledged. **kill -9**: the server gets SIGKILL and is started again on the same port. **PostgreSQL restart**: \`pg_ctlcluster … restart\` of the server under the running app, which is not restarted. Afterwards the store is compared with what the students were told (\`tests/load/support/verify-no-loss.ts\`): every acknowledged answer present once under its clientId, nothing stored that was not acknowledged, every submitted attempt's score equal to what its answers add up to, none half-submitted, and every answer in the memory model exactly once. Recovery is from the end of the fault (server listening again, database accepting connections) to the next acknowledged answer.

| fault | backend | students | acknowledged at the fault | acknowledged / stored | lost or stuck | retried | recovery |
| --- | --- | ---: | ---: | ---: | --- | --- | ---: |
${faultRows.join("\n")}
`;
}

import type { ScenarioPhases } from "./simulate-student.ts";
import type { StudentSession } from "./student-session.ts";

/** Requests each student sends in each probe phase. */
export const PROBES_PER_STUDENT = 10;

/** A body the answer route refuses with 422 before any query: no clientId, no answer. */
const REFUSED_BODY = { questionId: "q" };

/** Length of one CPU sampling window in the answer phase. */
const WINDOW_MS = 1000;

export type PhaseName = "bare http" | "health" | "refused" | "answers";

/** Where one phase began and ended, on the monotonic clock V8's CPU profiles use (µs). */
export interface PhaseSpan {
  name: PhaseName;
  fromUs: number;
  toUs: number;
}

export interface FlatOutMeasure {
  /** CPU per request of a bare node:http server answering the same requests with a fixed JSON, ms. */
  bareHttpCpuMs: number;
  /** The app's CPU per `GET /api/health` (Next.js and defineRoute, nothing else), ms. */
  healthCpuMs: number;
  /** The app's CPU per refused answer save (422 before any query), ms. */
  refusedCpuMs: number;
  /** The app's CPU per answer save: the median over 1-second windows of the answer phase, ms. */
  saveCpuMs: number;
  /** The same over the whole phase (CPU ÷ saves), ms. */
  saveCpuMeanMs: number;
  /** Saves per second over the answer phase, from all students starting to the last reply. */
  savesPerSecond: number;
  spans: PhaseSpan[];
}

const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

/** Resolves every waiter once `count` have arrived (or left), running `onAll` first. */
class Barrier {
  private arrived = 0;
  private release!: () => void;
  private readonly open = new Promise<void>((resolve) => (this.release = resolve));

  constructor(
    private count: number,
    private readonly onAll: () => void,
  ) {}

  async wait(): Promise<void> {
    this.arrived += 1;
    this.openWhenAllHere();
    await this.open;
  }

  /** One who will never arrive (a student who stopped): the others need not wait for them. */
  leave(): void {
    this.count -= 1;
    this.openWhenAllHere();
  }

  private openWhenAllHere() {
    if (this.arrived === this.count) {
      this.onAll();
      this.release();
    }
  }
}

interface Probe {
  name: Exclude<PhaseName, "answers">;
  /** Whose CPU the phase measures. */
  cpuMs: () => number;
  send(session: StudentSession, attemptId: string): Promise<void>;
}

async function expectStatus(
  session: StudentSession,
  method: "GET" | "POST",
  url: string,
  status: number,
  json?: unknown,
): Promise<void> {
  const reply = await session.request(method, url, json === undefined ? {} : { json });
  if (reply.status !== status) {
    throw new Error(`${method} ${url} answered ${reply.status}, not ${status}: ${reply.text}`);
  }
}

/**
 * Phases for a flat-out run of `students`. Everyone signs in and starts; then,
 * all together each time, every student sends PROBES_PER_STUDENT requests of
 * each probe: to a bare node:http server (`bareUrl`, CPU `bareCpuMs`), the
 * app's health check, an answer save the app refuses; then each saves every
 * answer as fast as replies come; then they submit. The CPU of whoever a phase
 * measures is read at its boundaries, and every second of the answer phase;
 * `acknowledged` counts the answers saved so far.
 */
export function flatOutPhases(options: {
  students: number;
  appCpuMs: () => number;
  bareUrl: string;
  bareCpuMs: () => number;
  acknowledged: () => number;
}): { phases: ScenarioPhases; measure: () => FlatOutMeasure } {
  const { students, appCpuMs, acknowledged } = options;
  const probes: Probe[] = [
    {
      name: "bare http",
      cpuMs: options.bareCpuMs,
      send: (session) => expectStatus(session, "POST", options.bareUrl, 422, REFUSED_BODY),
    },
    {
      name: "health",
      cpuMs: appCpuMs,
      send: (session) => expectStatus(session, "GET", "/api/health", 200),
    },
    {
      name: "refused",
      cpuMs: appCpuMs,
      send: (session, attemptId) =>
        expectStatus(session, "POST", `/api/attempts/${attemptId}/responses`, 422, REFUSED_BODY),
    },
  ];
  const spans: PhaseSpan[] = [];
  const probeCpu = new Map<string, number>();
  let answersFrom = { cpu: 0, us: 0, saves: 0 };
  let answersTo = { cpu: 0, us: 0, saves: 0 };
  const windows: { cpu: number; saves: number }[] = [];
  let sampler: NodeJS.Timeout | undefined;

  // One barrier before each probe and before the answers, one after them: when the last
  // student arrives, the phase that ends is measured and the next one begins.
  let current: { probe: Probe; cpu: number; us: number } | null = null;
  const endProbe = () => {
    if (!current) return;
    const us = monotonicUs();
    probeCpu.set(current.probe.name, current.probe.cpuMs() - current.cpu);
    spans.push({ name: current.probe.name, fromUs: current.us, toUs: us });
    current = null;
  };
  const startProbe = (probe: Probe) => () => {
    endProbe();
    current = { probe, cpu: probe.cpuMs(), us: monotonicUs() };
  };
  const startAnswers = () => {
    endProbe();
    answersFrom = { cpu: appCpuMs(), us: monotonicUs(), saves: acknowledged() };
    let last = answersFrom;
    sampler = setInterval(() => {
      const now = { cpu: appCpuMs(), us: monotonicUs(), saves: acknowledged() };
      windows.push({ cpu: now.cpu - last.cpu, saves: now.saves - last.saves });
      last = now;
    }, WINDOW_MS);
  };
  const endAnswers = () => {
    clearInterval(sampler);
    answersTo = { cpu: appCpuMs(), us: monotonicUs(), saves: acknowledged() };
    spans.push({ name: "answers", fromUs: answersFrom.us, toUs: answersTo.us });
  };
  const before = probes.map((probe) => new Barrier(students, startProbe(probe)));
  const answering = new Barrier(students, startAnswers);
  const answered = new Barrier(students, endAnswers);
  const barriers = [...before, answering, answered];

  /** How many barriers each student has passed. */
  const passed = new Map<StudentSession, number>();
  const pass = async (session: StudentSession, barrier: Barrier) => {
    passed.set(session, (passed.get(session) ?? 0) + 1);
    await barrier.wait();
  };
  const phases: ScenarioPhases = {
    async beforeAnswers(session, attemptId) {
      for (const [index, probe] of probes.entries()) {
        await pass(session, before[index] as Barrier);
        for (let i = 0; i < PROBES_PER_STUDENT; i++) await probe.send(session, attemptId);
      }
      await pass(session, answering);
    },
    afterAnswers: (session) => pass(session, answered),
    abandon(session) {
      for (const barrier of barriers.slice(passed.get(session) ?? 0)) barrier.leave();
    },
  };
  const measure = (): FlatOutMeasure => {
    const saves = answersTo.saves - answersFrom.saves;
    const perWindow = windows
      .filter((window) => window.saves > 0)
      .map((window) => window.cpu / window.saves)
      .sort((a, b) => a - b);
    const probeCount = students * PROBES_PER_STUDENT;
    const perProbe = (name: string) => (probeCpu.get(name) ?? Number.NaN) / probeCount;
    return {
      bareHttpCpuMs: perProbe("bare http"),
      healthCpuMs: perProbe("health"),
      refusedCpuMs: perProbe("refused"),
      saveCpuMs: perWindow[Math.floor(perWindow.length / 2)] ?? Number.NaN,
      saveCpuMeanMs: (answersTo.cpu - answersFrom.cpu) / saves,
      savesPerSecond: (saves * 1e6) / (answersTo.us - answersFrom.us),
      spans,
    };
  };
  return { phases, measure };
}

import type { ScenarioPhases } from "./simulate-student.ts";
import type { StudentSession } from "./student-session.ts";

/** Refused requests each student sends in the refusal phase. */
export const REFUSED_PER_STUDENT = 10;

/** A body the answer route refuses with 422 before any query: no clientId, no answer. */
const REFUSED_BODY = { questionId: "q" };

/** Length of one CPU sampling window in the answer phase. */
const WINDOW_MS = 1000;

/** Where one phase began and ended, on the monotonic clock V8's CPU profiles use (µs). */
export interface PhaseSpan {
  name: "refused" | "answers";
  fromUs: number;
  toUs: number;
}

export interface FlatOutMeasure {
  /** Server CPU per refused request over the refusal phase, ms. */
  refusedCpuMs: number;
  refusedCount: number;
  /** Server CPU per answer save: the median over 1-second windows of the answer phase, ms. */
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

/**
 * Phases for a flat-out run of `students`: everyone signs in and starts, then
 * (together) each sends REFUSED_PER_STUDENT refused answer saves, then
 * (together) each saves every answer as fast as replies come, then they
 * submit. The server's CPU (`cpuMs`, all its processes) is read at each
 * boundary and every second of the answer phase; `acknowledged` counts the
 * answers saved so far.
 */
export function flatOutPhases(
  students: number,
  cpuMs: () => number,
  acknowledged: () => number,
): { phases: ScenarioPhases; measure: () => FlatOutMeasure } {
  let refusedFrom = { cpu: 0, us: 0 };
  let answersFrom = { cpu: 0, us: 0, saves: 0 };
  let answersTo = { cpu: 0, us: 0, saves: 0 };
  let refusedCount = 0;
  const windows: { cpu: number; saves: number }[] = [];
  let sampler: NodeJS.Timeout | undefined;
  const arrived = new Barrier(students, () => {
    refusedFrom = { cpu: cpuMs(), us: monotonicUs() };
  });
  const refused = new Barrier(students, () => {
    answersFrom = { cpu: cpuMs(), us: monotonicUs(), saves: acknowledged() };
    let last = answersFrom;
    sampler = setInterval(() => {
      const now = { cpu: cpuMs(), us: monotonicUs(), saves: acknowledged() };
      windows.push({ cpu: now.cpu - last.cpu, saves: now.saves - last.saves });
      last = now;
    }, WINDOW_MS);
  });
  const answered = new Barrier(students, () => {
    clearInterval(sampler);
    answersTo = { cpu: cpuMs(), us: monotonicUs(), saves: acknowledged() };
  });
  const barriers = [arrived, refused, answered];
  /** How many barriers each student has passed. */
  const passed = new Map<StudentSession, number>();
  const pass = async (session: StudentSession, barrier: Barrier) => {
    passed.set(session, (passed.get(session) ?? 0) + 1);
    await barrier.wait();
  };
  const phases: ScenarioPhases = {
    async beforeAnswers(session: StudentSession, attemptId: string) {
      await pass(session, arrived);
      for (let i = 0; i < REFUSED_PER_STUDENT; i++) {
        const reply = await session.request("POST", `/api/attempts/${attemptId}/responses`, {
          json: REFUSED_BODY,
        });
        if (reply.status !== 422) {
          throw new Error(`a refused answer save got ${reply.status}, not 422: ${reply.text}`);
        }
        refusedCount += 1;
      }
      await pass(session, refused);
    },
    afterAnswers: (session: StudentSession) => pass(session, answered),
    abandon(session: StudentSession) {
      for (const barrier of barriers.slice(passed.get(session) ?? 0)) barrier.leave();
    },
  };
  const measure = (): FlatOutMeasure => {
    const saves = answersTo.saves - answersFrom.saves;
    const perWindow = windows
      .filter((window) => window.saves > 0)
      .map((window) => window.cpu / window.saves)
      .sort((a, b) => a - b);
    return {
      refusedCpuMs: (answersFrom.cpu - refusedFrom.cpu) / refusedCount,
      refusedCount,
      saveCpuMs: perWindow[Math.floor(perWindow.length / 2)] ?? Number.NaN,
      saveCpuMeanMs: (answersTo.cpu - answersFrom.cpu) / saves,
      savesPerSecond: (saves * 1e6) / (answersTo.us - answersFrom.us),
      spans: [
        { name: "refused", fromUs: refusedFrom.us, toUs: answersFrom.us },
        { name: "answers", fromUs: answersFrom.us, toUs: answersTo.us },
      ],
    };
  };
  return { phases, measure };
}

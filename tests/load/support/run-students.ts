import { LatencyLog } from "./latency.ts";
import {
  newOutcome,
  pause,
  type ScenarioContext,
  type ScenarioPhases,
  type StudentOutcome,
  type StudentPlan,
  simulateStudent,
} from "./simulate-student.ts";
import { StudentSession } from "./student-session.ts";

export interface CrowdOptions {
  plans: readonly StudentPlan[];
  /** App instances; students are spread over them in turn, and switch instance after signing in. */
  baseUrls: readonly string[];
  startAssignmentActionId: string;
  /** Students arrive evenly over this long, as a class does at the bell. */
  rampMs: number;
  retryForMs?: number;
  /** Called every 50 ms with the answers acknowledged so far (the crash tests act on it). */
  onProgress?: (acknowledged: number, outcomes: readonly StudentOutcome[]) => void;
  /** Points the students pass together (flat-out runs), given a count of the answers acknowledged. */
  phases?: (acknowledged: () => number) => ScenarioPhases;
}

export interface CrowdRun {
  outcomes: StudentOutcome[];
  log: LatencyLog;
  errors: Map<string, number>;
  /** Replies shed by design and retried, by kind. */
  shed: Map<string, number>;
  /** Answer-save latencies by whether the class was still signing in. */
  savesBySignIn: LatencyLog;
  durationMs: number;
}

/** Runs every planned student concurrently and collects what each saw. */
export async function runCrowd(options: CrowdOptions): Promise<CrowdRun> {
  const log = new LatencyLog();
  const outcomes: StudentOutcome[] = [];
  const acknowledged = () => outcomes.reduce((sum, outcome) => sum + outcome.acknowledged.size, 0);
  const context: ScenarioContext = {
    startAssignmentActionId: options.startAssignmentActionId,
    log,
    errors: new Map(),
    shed: new Map(),
    savesBySignIn: new LatencyLog(),
    signingIn: { pending: options.plans.length },
    retryForMs: options.retryForMs ?? 600_000,
    ...(options.phases ? { phases: options.phases(acknowledged) } : {}),
  };
  const progress = options.onProgress
    ? setInterval(() => options.onProgress?.(acknowledged(), outcomes), 50)
    : undefined;
  const started = performance.now();
  const gap = options.plans.length > 1 ? options.rampMs / (options.plans.length - 1) : 0;
  try {
    await Promise.all(
      options.plans.map(async (plan, index) => {
        await pause(index * gap);
        const instances = options.baseUrls.length;
        const baseUrl = options.baseUrls[index % instances] ?? "";
        const session = new StudentSession(baseUrl, addressOf(index));
        const outcome = newOutcome(plan.email);
        outcomes.push(outcome);
        // With several instances, each student signs in on one and carries on at the next.
        const continueOn = instances > 1 ? options.baseUrls[(index + 1) % instances] : undefined;
        await simulateStudent(
          session,
          continueOn ? { ...plan, continueOn } : plan,
          context,
          outcome,
        );
      }),
    );
  } finally {
    if (progress) clearInterval(progress);
  }
  return {
    outcomes,
    log,
    errors: context.errors,
    shed: context.shed,
    savesBySignIn: context.savesBySignIn,
    durationMs: performance.now() - started,
  };
}

/** A private address per student, so per-address sign-in limits treat them as different people. */
export function addressOf(index: number): string {
  return `10.77.${Math.floor(index / 250)}.${(index % 250) + 1}`;
}

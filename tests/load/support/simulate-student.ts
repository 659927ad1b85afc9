import { randomUUID } from "node:crypto";
import { SHED_HEADER } from "../../../apps/web/serving/load-shedding.mjs";
import type { LatencyLog } from "./latency.ts";
import { type Exchange, NoReply, type StudentSession } from "./student-session.ts";

export interface PlannedAnswer {
  questionId: string;
  response: unknown;
}

export interface StudentPlan {
  email: string;
  password: string;
  assignmentId: string;
  answers: readonly PlannedAnswer[];
  /** Milliseconds to wait before each answer: the student reading and thinking. */
  thinkMs: () => number;
  /** Another app instance to carry on at after signing in: the session must hold there too. */
  continueOn?: string;
}

/**
 * Points every student of a flat-out run passes together, so the server's CPU
 * can be read per phase: all signed in with their attempt started, the
 * refused requests sent, all answers saved.
 */
export interface ScenarioPhases {
  /** After starting the attempt; the phase's own requests may be sent here. */
  beforeAnswers(session: StudentSession, attemptId: string): Promise<void>;
  /** After the last answer, before submitting. */
  afterAnswers(session: StudentSession): Promise<void>;
  /** The student stopped: the phases they have not reached go on without them. */
  abandon(session: StudentSession): void;
}

export interface ScenarioContext {
  startAssignmentActionId: string;
  phases?: ScenarioPhases;
  log: LatencyLog;
  /** Every reply that was not the expected one, counted by "kind status" (shed ones apart). */
  errors: Map<string, number>;
  /** Replies the server shed by design (its x-quizdeck-shed header), retried after Retry-After, by kind. */
  shed: Map<string, number>;
  /** Answer saves timed again by whether any student of the crowd was still signing in. */
  savesBySignIn: LatencyLog;
  /** Students not yet signed in (or given up); a student's sign-in counts it down. */
  signingIn: { pending: number };
  /** How long a request keeps being retried while the server or database is away. */
  retryForMs: number;
}

export interface StudentOutcome {
  email: string;
  attemptId: string | null;
  /** clientId → questionId of every answer the server acknowledged. */
  acknowledged: Map<string, string>;
  submitted: boolean;
  /** Set when the student could not go on (the reason), null when the scenario finished. */
  failure: string | null;
  /** The request the student is on (or "done"), for progress reports. */
  stage: string;
}

export function newOutcome(email: string): StudentOutcome {
  return {
    email,
    attemptId: null,
    acknowledged: new Map(),
    submitted: false,
    failure: null,
    stage: "waiting",
  };
}

/** The two kinds of `savesBySignIn`: sent while some student was still signing in, or after all had. */
export const SAVE_WHILE_SIGNING_IN = "while the class signs in";
export const SAVE_AFTER_SIGN_IN = "after the class signed in";

/** The start of the error table's message for a database that is away (apps/web error-table.ts). */
const DATABASE_AWAY_MESSAGE = "The database is not reachable just now.";

/** How long a sign-in waits for its reply: the server queues a class's password checks. */
const SIGN_IN_TIMEOUT_MS = 180_000;

/** Waits for `ms`, for think time and retry back-off. */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One student taking an assignment the way the browser does: sign in, open the
 * assignment, start it (the server action, whose reply carries the quiz page),
 * save each answer after a think time, submit, open the results. Like the quiz player's outbox,
 * a save that got no reply or a 5xx is sent again with the same clientId until
 * it is acknowledged, so an answer is never lost and never stored twice.
 */
export async function simulateStudent(
  session: StudentSession,
  plan: StudentPlan,
  context: ScenarioContext,
  /** Filled in as the student goes, so a watcher sees progress mid-run. */
  outcome: StudentOutcome = newOutcome(plan.email),
): Promise<StudentOutcome> {
  const send = (kind: string, exchange: () => Promise<Exchange>, expected: number[]) => {
    outcome.stage = kind;
    return untilAnswered(kind, exchange, expected, context);
  };
  try {
    await send(
      "sign-in",
      () =>
        session.request("POST", "/api/auth/sign-in/email", {
          json: { email: plan.email, password: plan.password },
          // Sign-ins queue on the server for the password hash; a browser waits for them.
          timeoutMs: SIGN_IN_TIMEOUT_MS,
        }),
      [200],
    ).finally(() => {
      context.signingIn.pending -= 1;
    });
    await send(
      "page: assignment",
      () => session.request("GET", `/assignments/${plan.assignmentId}`),
      [200],
    );
    // Next.js answers an action that redirects with the target page rendered (it fetches
    // the page itself), so this one exchange is also the quiz page's load, as in the browser.
    const started = await send("page: start + quiz (server action)", async () => {
      const reply = await session.callAction(context.startAssignmentActionId, {
        assignmentId: plan.assignmentId,
      });
      // The form's message for a database that is away (a 503 everywhere else): nothing was
      // done, and a student presses Start again; so does the driver.
      return reply.status === 200 && reply.text.includes(DATABASE_AWAY_MESSAGE)
        ? { ...reply, status: 503 }
        : reply;
    }, [200, 303]);
    const attemptId = attemptIdFrom(started);
    outcome.attemptId = attemptId;
    if (context.phases) {
      outcome.stage = "waiting for the others";
      await context.phases.beforeAnswers(session, attemptId);
    }

    for (const answer of plan.answers) {
      const thinking = plan.thinkMs();
      outcome.stage = "thinking";
      await pause(thinking);
      const clientId = randomUUID();
      const body = {
        questionId: answer.questionId,
        clientId,
        revision: 1,
        response: answer.response,
        timeSpentMs: Math.round(thinking),
      };
      const whileSigningIn = context.signingIn.pending > 0;
      const saved = await send(
        "answer save",
        () => session.request("POST", `/api/attempts/${attemptId}/responses`, { json: body }),
        [200],
      );
      context.savesBySignIn.add(
        whileSigningIn ? SAVE_WHILE_SIGNING_IN : SAVE_AFTER_SIGN_IN,
        saved.ms,
      );
      outcome.acknowledged.set(clientId, answer.questionId);
    }
    if (context.phases) {
      outcome.stage = "waiting for the others";
      await context.phases.afterAnswers(session);
    }

    await send(
      "submit",
      () => session.request("POST", `/api/attempts/${attemptId}/submit`, { json: {} }),
      [200],
    );
    outcome.submitted = true;
    await send(
      "page: results",
      () => session.request("GET", `/attempts/${attemptId}/results`),
      [200],
    );
  } catch (error) {
    outcome.failure = (error as Error).message;
    context.phases?.abandon(session);
  }
  outcome.stage = "done";
  return outcome;
}

/**
 * Sends until the reply is one of `expected`. No reply and 5xx (the server or
 * its database restarting) are retried with back-off for `retryForMs`, and a
 * 429 after its Retry-After; a reply shed by design after its Retry-After
 * (spread by up to a second, as the outbox does), until an answer comes; any
 * other status is a failure of the scenario.
 * Only answered exchanges are timed.
 */
async function untilAnswered(
  kind: string,
  exchange: () => Promise<Exchange>,
  expected: number[],
  context: ScenarioContext,
): Promise<Exchange> {
  const deadline = Date.now() + context.retryForMs;
  let backOff = 100;
  for (;;) {
    let problem: string;
    try {
      const reply = await exchange();
      // Refused by design before it ran (a 503, or a server action's form message): come back as told.
      if (reply.headers.get(SHED_HEADER)) {
        count(context.shed, kind);
        if (Date.now() > deadline)
          throw new Error(`gave up after ${context.retryForMs} ms: ${kind} shed every time`);
        const retryAfter = Number(reply.headers.get("retry-after"));
        await pause(Math.max(retryAfter, 1) * 1000 + Math.random() * 1000);
        continue;
      }
      if (expected.includes(reply.status)) {
        context.log.add(kind, reply.ms);
        return reply;
      }
      count(context.errors, `${kind} ${reply.status}`);
      problem = `${kind}: ${reply.status} ${JSON.stringify(reply.json)}`;
      if (reply.status < 500 && reply.status !== 429) throw new Error(problem);
      // Told to wait (a rate limit): wait as long as asked, as a person would.
      const retryAfter = Number(reply.headers.get("retry-after"));
      if (reply.status === 429 && retryAfter > 0) backOff = Math.max(backOff, retryAfter * 1000);
    } catch (error) {
      if (!(error instanceof NoReply)) throw error;
      count(context.errors, `${kind} no reply`);
      problem = error.message;
    }
    if (Date.now() > deadline)
      throw new Error(`gave up after ${context.retryForMs} ms: ${problem}`);
    await pause(backOff);
    backOff = Math.min(backOff * 2, 2_000);
  }
}

function count(counts: Map<string, number>, key: string) {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * The server action answers a started attempt with a redirect to the quiz;
 * otherwise with its form state, whose message says why.
 */
export function attemptIdFrom(reply: Exchange): string {
  const target = reply.headers.get("x-action-redirect") ?? reply.headers.get("location") ?? "";
  const id = /\/attempts\/([^/;?]+)/.exec(target)?.[1];
  if (id) return id;
  const message = /"message":("(?:[^"\\]|\\.)*")/.exec(reply.text)?.[1];
  const said = message
    ? (JSON.parse(message) as string)
    : `no message: ${reply.text.slice(0, 200)}`;
  throw new Error(`starting the attempt did not lead to the quiz (${reply.status}, ${said})`);
}

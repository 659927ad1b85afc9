export const NEW_WORK_MAX_WAIT_MS: number;
export const WORK_IN_PROGRESS_MAX_WAIT_MS: number;
export const SHED_HEADER: string;

export interface ShedDecision {
  /** "api": a JSON 503; "action": the server action's form message; "page": an HTML 503. */
  as: "api" | "action" | "page";
  retryAfterSeconds: number;
}

export interface ShedLimits {
  newWork: number;
  inProgress: number;
}

export function shedLimits(env: Record<string, string | undefined>): ShedLimits;

export function shedDecision(
  request: {
    method?: string;
    url?: string;
    headers: Record<string, string | string[] | undefined>;
  },
  backlog: { expectedWaitMs: number } | null,
  limits?: ShedLimits,
): ShedDecision | null;

export function shedReply(decision: ShedDecision): {
  status: number;
  headers: Record<string, string>;
  body: string;
};

export function expectedWaitMs(load: {
  db: { expectedWaitMs: number } | null;
  loopDelayMs: number;
}): number;

export function eventLoopDelay(): () => number;

export function standingDelay(windows: number[]): number;

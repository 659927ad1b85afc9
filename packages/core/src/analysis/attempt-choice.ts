import type { SubmittedAttempt } from "./submitted-attempt.ts";

/**
 * Which attempts item analysis reads:
 * - "first": each student's first submitted attempt (the default, and the usual
 *   choice for item analysis: later attempts have seen the questions before, so
 *   they measure practice with the items more than the items themselves);
 * - "best": each student's highest-scoring attempt (the earliest on a tie);
 * - "all": every attempt, each counted as a separate examinee.
 */
export const ATTEMPT_CHOICES = ["first", "best", "all"] as const;
export type AttemptChoice = (typeof ATTEMPT_CHOICES)[number];

export const DEFAULT_ATTEMPT_CHOICE: AttemptChoice = "first";

/** Earlier submission first; equal times fall back to the attempt id, so the order never depends on the input's. */
function bySubmission(a: SubmittedAttempt, b: SubmittedAttempt): number {
  return (
    a.submittedAt.getTime() - b.submittedAt.getTime() ||
    (a.attemptId < b.attemptId ? -1 : a.attemptId > b.attemptId ? 1 : 0)
  );
}

/**
 * The attempts to analyse under `choice`, in submission order. One pass over
 * the attempts plus one sort: O(n log n).
 */
export function chooseAttempts<A extends SubmittedAttempt>(
  attempts: readonly A[],
  choice: AttemptChoice,
): A[] {
  if (choice === "all") return [...attempts].sort(bySubmission);
  const chosen = new Map<string, A>();
  for (const attempt of attempts) {
    const current = chosen.get(attempt.userId);
    if (!current || isPreferred(attempt, current, choice)) chosen.set(attempt.userId, attempt);
  }
  return [...chosen.values()].sort(bySubmission);
}

function isPreferred(
  candidate: SubmittedAttempt,
  current: SubmittedAttempt,
  choice: AttemptChoice,
) {
  const earlier = bySubmission(candidate, current) < 0;
  if (choice === "first") return earlier;
  return candidate.score > current.score || (candidate.score === current.score && earlier);
}

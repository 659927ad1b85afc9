/**
 * When a student sees the correct answers of an assignment (the key, the
 * explanations and the marks per question) and, separately, their score:
 * Moodle's review options and Canvas's show/hide dates, as one pure rule.
 */
export const ANSWER_RELEASES = [
  "after_each_answer",
  "after_each_attempt",
  "after_last_attempt",
  "after_due",
  "on_date",
  "never",
] as const;
export type AnswerRelease = (typeof ANSWER_RELEASES)[number];

export const SCORE_RELEASES = ["after_each_attempt", "after_due", "on_date", "never"] as const;
export type ScoreRelease = (typeof SCORE_RELEASES)[number];

/** An assignment's release settings as they apply to one student (accommodations included). */
export interface StudentRelease {
  answerRelease: AnswerRelease;
  answersReleaseAt: Date | null;
  scoreRelease: ScoreRelease;
  scoreReleaseAt: Date | null;
  /** The student's own due time: theirs if the teacher gave them a later one. */
  dueAt: Date | null;
  closedAt: Date | null;
  /** The student's own number of attempts (extra ones included); null is unlimited. */
  attemptsAllowed: number | null;
  /** Late work accepted: the due time does not end the student's chances to answer. */
  allowLate: boolean;
}

export interface AttemptTimes {
  startedAt: Date;
  submittedAt: Date | null;
}

export interface ReleaseTimes {
  /** From when the attempt's answers may be shown; null: not yet known, or never. */
  answersAt: Date | null;
  scoreAt: Date | null;
}

/** When the whole assignment's answers are out for this student, whatever attempt they look at. */
function assignmentAnswersAt(
  release: StudentRelease,
  attempts: readonly AttemptTimes[],
): Date | null {
  switch (release.answerRelease) {
    case "after_due":
      // Without a due time, closing the assignment is its end. With late work accepted the
      // due time ends nothing: the key waits until the student has no attempt left, or the close.
      if (!release.allowLate) return release.dueAt ?? release.closedAt;
      return laterOf(release.dueAt, lastAttemptAt(release, attempts)) ?? release.closedAt;
    case "on_date":
      return release.answersReleaseAt;
    case "after_last_attempt":
      return lastAttemptAt(release, attempts) ?? release.closedAt;
    case "never":
      return null;
    case "after_each_answer":
      // Practice-style feedback: the teacher has chosen to show the key as students go.
      return new Date(0);
    case "after_each_attempt":
      // Each attempt shows its own answers; the whole set (a drawn exam's unseen questions
      // included) only once the student has no attempt left, or the assignment is closed.
      return lastAttemptAt(release, attempts) ?? release.closedAt;
  }
}

/** Both times' later one; null when either is missing. */
function laterOf(a: Date | null, b: Date | null): Date | null {
  if (!a || !b) return null;
  return a.getTime() >= b.getTime() ? a : b;
}

/** When the student submitted the attempt that used up the last one allowed, if they have. */
function lastAttemptAt(release: StudentRelease, attempts: readonly AttemptTimes[]): Date | null {
  if (release.attemptsAllowed === null) return null;
  const submitted = attempts
    .map((attempt) => attempt.submittedAt)
    .filter((at): at is Date => at !== null)
    .sort((a, b) => a.getTime() - b.getTime());
  if (attempts.length < release.attemptsAllowed || submitted.length < attempts.length) return null;
  return submitted.at(-1) ?? null;
}

/**
 * When one attempt's answers and score become visible to its student, given
 * all of that student's attempts at the assignment (the last-attempt rule
 * looks at them all). Practice attempts do not come here: theirs show at once
 * (immediate feedback) or on submission.
 */
export function attemptReleaseTimes(
  release: StudentRelease,
  attempt: AttemptTimes,
  allAttempts: readonly AttemptTimes[],
): ReleaseTimes {
  const answersAt =
    release.answerRelease === "after_each_answer"
      ? attempt.startedAt
      : release.answerRelease === "after_each_attempt"
        ? attempt.submittedAt
        : assignmentAnswersAt(release, allAttempts);
  return { answersAt, scoreAt: scoreAt(release, attempt) };
}

function scoreAt(release: StudentRelease, attempt: AttemptTimes): Date | null {
  switch (release.scoreRelease) {
    case "after_each_attempt":
      return attempt.submittedAt;
    case "after_due":
      return release.dueAt ?? release.closedAt;
    case "on_date":
      return release.scoreReleaseAt;
    case "never":
      return null;
  }
}

/**
 * Whether the assignment's answers are out for this student at `now`: what
 * decides if its questions may appear in their practice. Before any attempt,
 * only a date or the end of the assignment can have released them; with
 * feedback after each attempt, the student's last allowed attempt does; with
 * feedback after each answer (practice-style), they are open from the start.
 */
export function assignmentAnswersVisible(
  release: StudentRelease,
  attempts: readonly AttemptTimes[],
  now: Date,
): boolean {
  const at = assignmentAnswersAt(release, attempts);
  return at !== null && at.getTime() <= now.getTime();
}

/** Whether a release time has come. */
export function isReleased(at: Date | null, now: Date): boolean {
  return at !== null && at.getTime() <= now.getTime();
}

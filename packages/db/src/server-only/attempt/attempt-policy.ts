/** The product rules of quizzes and attempts, in one place. */
export const ATTEMPT_POLICY = {
  /** A practice quiz (from a set, a filter or "retry the ones I missed") holds at most this many questions. */
  practiceMaxQuestions: 20,
  /** What the practice form offers first. */
  practiceDefaultQuestions: 10,
  /** Answers arriving this long after the deadline still count: the time they spent in transit. */
  deadlineGraceMs: 2_000,
} as const;

/** What a student removed from a class is told wherever its work is refused them. */
export const REMOVED_FROM_CLASS =
  "Your teacher removed you from this class, so its work is closed to you.";

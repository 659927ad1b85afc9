import type { QuestionResponse } from "../grading/index.ts";

/** One stored answer of a submitted attempt. */
export interface SubmittedResponse {
  questionId: string;
  /** The graded score in [0, 1] (partial credit included). */
  score: number;
  /**
   * The stored response JSON, as the student sent it. Item analysis reads it
   * only to count the answers to questions with fixed options (see
   * `hasAnswerDistribution`), so a loader may leave it out (null) for the
   * other questions; one left out where it is read counts as unrecognised.
   */
  response: QuestionResponse | null;
  timeSpentMs: number;
}

/** A submitted attempt at an assignment, with its answers. */
export interface SubmittedAttempt {
  attemptId: string;
  userId: string;
  /** When it was submitted: decides which attempt is a student's first. */
  submittedAt: Date;
  /** The attempt's total: sum of item scores / questions presented, in [0, 1]. */
  score: number;
  /**
   * The questions this attempt presented. Omitted: every question of the
   * assignment. A question the attempt has an answer for counts as presented
   * whether or not it is listed.
   */
  questionIds?: readonly string[];
  /** The answered questions only: a question with no response here was left unanswered. */
  responses: readonly SubmittedResponse[];
}

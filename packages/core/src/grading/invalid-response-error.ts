/** Why a response was rejected; stable strings the web layer and tests can switch on. */
export type InvalidResponseCode =
  | "malformed"
  | "type-mismatch"
  | "unknown-choice"
  | "duplicate-choice"
  | "wrong-blank-count"
  | "unknown-left"
  | "unknown-right"
  | "duplicate-left"
  | "missing-left"
  | "unknown-item"
  | "duplicate-item"
  | "missing-item";

/**
 * A response that cannot be graded because it does not answer the question it was
 * sent for. It is never scored as wrong: a malformed response is a bug or an attack,
 * not a student's mistake. (An unanswered question is no response at all.)
 */
export class InvalidResponseError extends Error {
  override readonly name = "InvalidResponseError";
  readonly code: InvalidResponseCode;
  /** What is wrong, in a sentence, without the question id. */
  readonly reason: string;
  readonly questionId: string;

  constructor(code: InvalidResponseCode, reason: string, questionId: string) {
    super(`invalid response to ${questionId}: ${reason}`);
    this.code = code;
    this.reason = reason;
    this.questionId = questionId;
  }
}

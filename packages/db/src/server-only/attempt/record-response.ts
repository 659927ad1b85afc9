import type { Question } from "@quizdeck/content/schema";
import { grade, InvalidResponseError, parseResponse } from "@quizdeck/core/grading";
import { ratingFromQuizScore } from "@quizdeck/core/scheduling";
import { v7 as uuidv7 } from "uuid";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import {
  ConflictError,
  DeadlinePassedError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  parseInput,
  tryParseInput,
} from "../../errors.ts";
import {
  clientIdField,
  questionRefField,
  revisionField,
  timeSpentField,
} from "../../fields/answer.ts";
import type { Response } from "../../generated/prisma/client.ts";
import { Discard, inSqlTransaction } from "../../transaction.ts";
import { planReview } from "../memory/internal/review-statements.ts";
import { ATTEMPT_POLICY } from "./attempt-policy.ts";
import { lookUpAnswer } from "./internal/answer-lookups.ts";
import { type AttemptQuestion, attemptQuestion } from "./internal/attempt-questions.ts";
import { endedAccess, type LockedAttempt, lockOwnAttempt } from "./internal/lock-attempt.ts";
import { writeResponse } from "./internal/write-response.ts";

const recordResponseSchema = z.object({
  userId: z.string().min(1),
  attemptId: z.string().min(1),
  questionId: questionRefField,
  clientId: clientIdField,
  revision: revisionField.default(1),
  response: z.unknown(),
  timeSpentMs: timeSpentField.default(0),
});
const attemptOwnerSchema = recordResponseSchema.pick({ userId: true, attemptId: true });
export type RecordResponseOptions = z.input<typeof recordResponseSchema> & { now?: Date };

/**
 * How the client names things in one attempt, mapped back to the bank: the web
 * shows opaque per-attempt references for questions and options (a bank's
 * option letters would tell a test-wise student which option is usually right).
 */
export interface AnswerNaming {
  /** The bank id of the question the client names; null when it is not in the attempt. */
  questionId(attempt: LockedAttempt, reference: string): string | null;
  /** The response with the client's option references replaced by the bank's ids. */
  response(attempt: LockedAttempt, question: Question, response: unknown): unknown;
}

/** Clients that name questions and options by their bank ids (the seed, tests). */
const BANK_NAMING: AnswerNaming = {
  questionId: (attempt, id) => (attempt.questionIds.includes(id) ? id : null),
  response: (_attempt, _question, response) => response,
};

/** An answer as saved: `saved` now, a retry's `duplicate` of it, or a late older revision's `stale` reply. */
export interface RecordedResponse {
  response: Response;
  status: "saved" | "duplicate" | "stale";
  attempt: LockedAttempt;
  questionId: string;
  /** The question as the attempt took it (null only if it has gone since). */
  question: AttemptQuestion | null;
}

/**
 * Saves one answer, graded, exactly once. A retry with the same clientId returns
 * the stored answer; an older revision arriving late is acknowledged and
 * ignored; answers after the deadline or after submission are refused; in
 * immediate-feedback mode an answer is final once given (the student has seen
 * the key) and it feeds the memory model right away. Every answer a class
 * gives comes through here, so it costs few statements, in raw SQL straight on
 * the driver (Prisma's query compiler costs about a millisecond of CPU per ORM
 * call, its interactive transaction about as much again), three between BEGIN
 * and COMMIT: the attempt locked and read; the look-ups (lookUpAnswer); the
 * answer written with its review (writeResponse). The question comes back as
 * taken (for its feedback).
 */
export async function recordResponse(
  db: Db,
  options: RecordResponseOptions,
  naming: AnswerNaming = BANK_NAMING,
): Promise<RecordedResponse> {
  // One parse when the options are right. When they are not, the refusal is told in order:
  // whose attempt (now), then which question, then the rest of the body (once the attempt is read).
  const parsed = tryParseInput(recordResponseSchema, options);
  const owner = parsed.ok ? parsed.data : parseInput(attemptOwnerSchema, options);
  const now = options.now ?? new Date();
  return inSqlTransaction<RecordedResponse>(db, async (tx) => {
    const attempt = await lockOwnAttempt(tx, owner.userId, owner.attemptId);
    // Whose attempt, then which question, then the rest of the body: someone else's
    // attempt is refused as such, and a question not in it as such, whatever else was sent.
    const questionId = naming.questionId(attempt, options.questionId);
    if (!questionId) throw new NotFoundError("That question is not part of this attempt.");
    if (!parsed.ok) throw parsed.error;
    const input = parsed.data;

    // With immediate feedback the answer feeds the memory model: its review's key comes
    // from the new row's id, chosen now, so the look-ups can lock the memory it updates.
    const responseId = uuidv7();
    const immediate = attempt.feedbackMode === "immediate";
    const reviewKey = immediate
      ? {
          userId: input.userId,
          itemId: questionId,
          itemKind: "question" as const,
          clientId: `quiz:${responseId}`,
          now,
        }
      : null;
    const { found, withheld, memory } = await lookUpAnswer(tx, {
      attemptId: attempt.id,
      questionId,
      clientId: input.clientId,
      review: reviewKey,
    });
    // Immediate feedback (a retry's too) would show this question's key: not while an
    // assignment withholds it (a practice started before the exam was assigned, or a
    // question two assignments share).
    if (withheld) {
      throw new ConflictError(
        "This question is on an assignment whose answers are not out yet, so it cannot be answered with feedback here. Answer it in that assignment.",
      );
    }

    const repeated = found.find((row) => row.clientId === input.clientId);
    if (repeated) {
      if (repeated.attemptId !== attempt.id || repeated.questionId !== questionId) {
        throw new ConflictError("That clientId was already used for another answer.");
      }
      const question = await attemptQuestion(tx, attempt.contentVersion, questionId);
      // Nothing to write: the memory the look-ups locked is let go unchanged.
      throw new Discard<RecordedResponse>({
        response: repeated,
        status: "duplicate",
        attempt,
        questionId,
        question,
      });
    }
    const ended = endedAccess(attempt.assignment);
    if (ended) {
      throw attempt.assignment?.studentRemovedAt
        ? new ForbiddenError(ended)
        : new ConflictError(ended);
    }
    if (attempt.submittedAt) throw new ConflictError("This attempt has been submitted already.");
    if (
      attempt.deadlineAt &&
      now.getTime() > attempt.deadlineAt.getTime() + ATTEMPT_POLICY.deadlineGraceMs
    ) {
      throw new DeadlinePassedError("Time is up for this attempt; this answer was not saved.");
    }

    // A bank question costs no query; a teacher's question version at most one (then cached).
    const taken = await attemptQuestion(tx, attempt.contentVersion, questionId);
    if (!taken) throw new NotFoundError("That question no longer exists.");
    const graded = gradeOrReject(
      taken.question,
      naming.response(attempt, taken.question, input.response),
    );

    const current = found.find(
      (row) => row.attemptId === attempt.id && row.questionId === questionId,
    );
    if (current && immediate) {
      throw new ConflictError("You already answered this question, and its feedback was shown.");
    }
    if (current && current.revision >= input.revision) {
      return { response: current, status: "stale" as const, attempt, questionId, question: taken };
    }

    const review =
      reviewKey && memory
        ? planReview(memory, {
            ...reviewKey,
            rating: ratingFromQuizScore(graded.score),
            source: "quiz",
          })
        : null;
    const response = await writeResponse(
      tx,
      {
        id: responseId,
        attemptId: attempt.id,
        questionId,
        clientId: input.clientId,
        revision: input.revision,
        response: graded.response,
        score: graded.score,
        timeSpentMs: input.timeSpentMs,
        answeredAt: now,
      },
      current,
      review,
    );
    return { response, status: "saved" as const, attempt, questionId, question: taken };
  });
}

function gradeOrReject(question: Parameters<typeof grade>[0], raw: unknown) {
  try {
    const response = parseResponse(question, raw);
    return { response, score: grade(question, response).score };
  } catch (error) {
    if (error instanceof InvalidResponseError) {
      // The reason names neither the bank id (the client knows an opaque reference) nor the key.
      const message = `Invalid answer: ${error.reason}.`;
      throw new InvalidInputError(message, { response: [message] });
    }
    throw error;
  }
}

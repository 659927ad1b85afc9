import { randomInt } from "node:crypto";
import { findQuestion } from "@quizdeck/content/bank";
import { drawPoolSchema } from "@quizdeck/content/schema";
import { drawFromPools, seededShuffle } from "@quizdeck/core/random";
import { assignmentAnswersVisible, studentTerms } from "@quizdeck/core/release";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import {
  ConflictError,
  DeadlinePassedError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  parseInput,
} from "../../errors.ts";
import { inTransaction, type Tx } from "../../transaction.ts";
import {
  refreshReleaseTimes,
  studentRelease,
} from "../assignment/internal/refresh-release-times.ts";
import { ensureCurrentContentVersion } from "../content/internal/ensure-content-version.ts";
import { isLibraryVersionId } from "../library/internal/version-id.ts";
import { ATTEMPT_POLICY, REMOVED_FROM_CLASS } from "./attempt-policy.ts";
import { finalizeAttempt } from "./internal/finalize-attempt.ts";
import { lockOwnAttempt } from "./internal/lock-attempt.ts";

const MAX_PRACTICE_QUESTIONS = ATTEMPT_POLICY.practiceMaxQuestions;
/** An assignment's stored exam pools. */
const drawPoolsSchema = z.array(drawPoolSchema);

const startAttemptSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("assignment"),
    userId: z.string().min(1),
    assignmentId: z.string().min(1),
  }),
  z.object({
    kind: z.literal("practice"),
    userId: z.string().min(1),
    questionIds: z
      .array(z.string())
      .min(1, "Choose at least one question.")
      .max(
        MAX_PRACTICE_QUESTIONS,
        `At most ${MAX_PRACTICE_QUESTIONS} questions per practice quiz.`,
      ),
    feedbackMode: z.enum(["immediate", "after_submit"]).default("immediate"),
    shuffleQuestions: z.boolean().default(false),
  }),
]);
export type StartAttemptOptions = z.input<typeof startAttemptSchema> & { now?: Date };

/**
 * Starts an attempt, or returns the one already in progress (so "start" after a
 * reload resumes instead of burning an attempt). For assignments it enforces
 * enrolment, the opening and due times, attempts allowed and the time limit.
 */
export async function startAttempt(db: Db, options: StartAttemptOptions) {
  const input = parseInput(startAttemptSchema, options);
  const now = options.now ?? new Date();
  const contentVersion = await ensureCurrentContentVersion(db);
  return inTransaction(db, async (tx) => {
    if (input.kind === "practice") {
      const unknown = input.questionIds.filter((id) => !findQuestion(id));
      if (unknown.length > 0) {
        throw new InvalidInputError(`Unknown questions: ${unknown.join(", ")}.`, {
          questionIds: [`Unknown questions: ${unknown.join(", ")}.`],
        });
      }
      const seed = randomInt(2 ** 31);
      const questionIds = [...new Set(input.questionIds)];
      const attempt = await tx.attempt.create({
        data: {
          userId: input.userId,
          kind: "practice",
          questionIds: input.shuffleQuestions ? seededShuffle(questionIds, seed) : questionIds,
          shuffleSeed: seed,
          shuffleOptions: true,
          feedbackMode: input.feedbackMode,
          contentVersion,
          startedAt: now,
          // Practice shows its answers as they are given, or all on submission.
          answersVisibleAt: input.feedbackMode === "immediate" ? now : null,
        },
      });
      return { attempt, resumed: false };
    }
    return startAssignmentAttempt(tx, input.userId, input.assignmentId, contentVersion, now);
  });
}

async function startAssignmentAttempt(
  tx: Tx,
  userId: string,
  assignmentId: string,
  contentVersion: string,
  now: Date,
) {
  const assignment = await tx.assignment.findUnique({
    where: { id: assignmentId },
    include: { class: true, accommodations: { where: { studentId: userId } } },
  });
  if (!assignment) throw new NotFoundError("That assignment does not exist.");
  // One start per student and assignment at a time: two tabs cannot open two attempts.
  const enrolment = await tx.$queryRaw<{ removedAt: Date | null }[]>`
    SELECT "removedAt" FROM "enrollment"
    WHERE "classId" = ${assignment.classId} AND "studentId" = ${userId} FOR UPDATE`;
  if (enrolment.length === 0) throw new NotFoundError("That assignment does not exist.");
  if (enrolment[0]?.removedAt) {
    throw new ForbiddenError(REMOVED_FROM_CLASS);
  }
  // A question removed from the bank since it was assigned is skipped, not shown broken;
  // a teacher's question version is never removed.
  const questionIds = assignment.questionIds.filter(
    (id) => isLibraryVersionId(id) || findQuestion(id),
  );
  if (questionIds.length === 0) {
    throw new ConflictError(
      "This assignment has flashcards only; review them from your due queue.",
    );
  }

  const open = await tx.attempt.findFirst({
    where: { userId, assignmentId, submittedAt: null },
    orderBy: { startedAt: "desc" },
    select: { id: true },
  });
  if (open) {
    const locked = await lockOwnAttempt(tx, userId, open.id);
    if (!locked.deadlineAt || locked.deadlineAt > now) return { attempt: locked, resumed: true };
    await finalizeAttempt(tx, locked, now);
  }

  if (assignment.closedAt || assignment.class.archivedAt) {
    throw new ConflictError("This assignment is closed.");
  }
  if (now < assignment.opensAt) {
    throw new ConflictError(`This assignment opens at ${assignment.opensAt.toISOString()}.`);
  }
  // The student's own terms: a teacher's accommodation gives more time, attempts or a later due time.
  const terms = studentTerms(assignment, assignment.accommodations[0] ?? null);
  if (terms.dueAt && now > terms.dueAt && !assignment.allowLate) {
    throw new DeadlinePassedError(
      "This assignment is past its due time and does not accept late work.",
    );
  }
  const previous = await tx.attempt.findMany({
    where: { userId, assignmentId },
    select: { startedAt: true, submittedAt: true, answersVisibleAt: true },
  });
  const used = previous.length;
  if (terms.attemptsAllowed !== null && used >= terms.attemptsAllowed) {
    throw new ConflictError(
      `You have used all ${terms.attemptsAllowed} attempt${terms.attemptsAllowed === 1 ? "" : "s"} at this assignment.`,
    );
  }

  // Once the key is out to a student, another attempt would be answered with it in view
  // (feedback after each attempt excepted: the teacher allows attempts after seeing answers).
  const release = studentRelease(assignment, assignment.accommodations[0] ?? null);
  const keyOut =
    assignmentAnswersVisible(release, previous, now) ||
    previous.some(
      (attempt) =>
        release.answerRelease !== "after_each_attempt" &&
        attempt.answersVisibleAt !== null &&
        attempt.answersVisibleAt <= now,
    );
  if (keyOut && release.answerRelease !== "after_each_answer") {
    throw new ConflictError(
      "The answers to this assignment have been shown to you, so it takes no more attempts.",
    );
  }
  const seed = randomInt(2 ** 31);
  // An exam-sized set draws its questions per attempt; the draw is stored with the attempt.
  const pools = assignment.draw ? drawPoolsSchema.safeParse(assignment.draw) : null;
  const drawn = pools?.success
    ? drawFromPools(pools.data, seed).filter((id) => questionIds.includes(id))
    : questionIds;
  const created = await tx.attempt.create({
    data: {
      userId,
      kind: "assignment",
      assignmentId,
      questionIds: assignment.shuffleQuestions ? seededShuffle(drawn, seed) : drawn,
      shuffleSeed: seed,
      shuffleOptions: assignment.shuffleOptions,
      feedbackMode: assignment.answerRelease === "after_each_answer" ? "immediate" : "after_submit",
      contentVersion,
      startedAt: now,
      deadlineAt: attemptDeadline({ ...terms, allowLate: assignment.allowLate }, now),
    },
  });
  await refreshReleaseTimes(tx, assignmentId, userId, now);
  return { attempt: await lockOwnAttempt(tx, userId, created.id), resumed: false };
}

/** The time limit, and the due time when late work is refused: whichever comes first. */
function attemptDeadline(
  assignment: { timeLimitSeconds: number | null; dueAt: Date | null; allowLate: boolean },
  now: Date,
): Date | null {
  const limits = [
    assignment.timeLimitSeconds
      ? new Date(now.getTime() + assignment.timeLimitSeconds * 1000)
      : null,
    assignment.dueAt && !assignment.allowLate ? assignment.dueAt : null,
  ].filter((limit): limit is Date => limit !== null);
  if (limits.length === 0) return null;
  return new Date(Math.min(...limits.map((limit) => limit.getTime())));
}

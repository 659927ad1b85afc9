import { randomInt } from "node:crypto";
import { bank } from "@quizdeck/content/bank";
import { filterQuestions, questionFilterSchema } from "@quizdeck/content/filter";
import { drawFromPools, seededShuffle } from "@quizdeck/core/random";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { ConflictError, InvalidInputError, NotFoundError, parseInput } from "../../errors.ts";
import { FEEDBACK_MODES } from "../../fields/assignment.ts";
import { withheldQuestionIds } from "../assignment/internal/withheld-question-ids.ts";
import { ATTEMPT_POLICY } from "./attempt-policy.ts";
import { startAttempt } from "./start-attempt.ts";

const startPracticeSchema = z.object({
  userId: z.string().min(1),
  /** A set of the bank, whole; or else a filter of the bank, `count` questions drawn from it. */
  setId: z.string().min(1).optional(),
  filter: z.unknown().optional(),
  count: z
    .number({ error: "Enter a number of questions." })
    .int("Enter a whole number of questions.")
    .min(1, "At least 1 question.")
    .max(
      ATTEMPT_POLICY.practiceMaxQuestions,
      `At most ${ATTEMPT_POLICY.practiceMaxQuestions} questions.`,
    )
    .default(ATTEMPT_POLICY.practiceDefaultQuestions),
  feedbackMode: z.enum(FEEDBACK_MODES).default("immediate"),
});
export type StartPracticeOptions = z.input<typeof startPracticeSchema> & { now?: Date };

/**
 * Starts a practice quiz: a set of the bank (drawn at random down to the
 * practice size when larger), or `count` questions drawn from a filter of it,
 * leaving out the questions of the student's assignments whose answers are not
 * released to them yet (practice shows every answer).
 */
export async function startPractice(db: Db, options: StartPracticeOptions) {
  const input = parseInput(startPracticeSchema, options);
  const now = options.now ?? new Date();
  // Questions of an assignment whose answers the student may not see yet are never practised.
  const withheld = await withheldQuestionIds(db, input.userId, now);
  const open = (ids: readonly string[]) => ids.filter((id) => !withheld.has(id));
  let questionIds: string[];
  if (input.setId !== undefined) {
    const set = bank.sets.find((candidate) => candidate.id === input.setId);
    if (!set) throw new NotFoundError("That question set does not exist.");
    // An exam-sized set is practised as an exam draws it.
    const available = open(
      set.draw ? drawFromPools(set.draw, randomInt(2 ** 31)) : set.questionIds,
    );
    if (available.length === 0) {
      throw new ConflictError(
        "Every question of this set is on an assignment whose answers are not out yet. Practise it once they are.",
      );
    }
    questionIds =
      available.length <= ATTEMPT_POLICY.practiceMaxQuestions
        ? available
        : seededShuffle(available, randomInt(2 ** 31)).slice(
            0,
            ATTEMPT_POLICY.practiceMaxQuestions,
          );
  } else {
    const filter = questionFilterSchema.safeParse(input.filter ?? {});
    if (!filter.success) {
      throw new InvalidInputError("That filter contains values the bank does not know.");
    }
    const matching = open(
      filterQuestions(bank.questions, filter.data).map((question) => question.id),
    );
    if (matching.length === 0) {
      throw new InvalidInputError("No questions match these filters. Remove one and try again.");
    }
    questionIds = seededShuffle(matching, randomInt(2 ** 31)).slice(0, input.count);
  }
  return startAttempt(db, {
    kind: "practice",
    userId: input.userId,
    questionIds,
    feedbackMode: input.feedbackMode,
    now,
  });
}

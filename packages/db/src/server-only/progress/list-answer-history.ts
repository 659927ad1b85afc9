import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { InvalidInputError, parseInput } from "../../errors.ts";
import { questionPrompts } from "./internal/question-prompts.ts";
import { visibleResponsesOf } from "./internal/visible-responses.ts";
import { historyPageSize } from "./progress-policy.ts";

const listAnswerHistorySchema = z.object({
  userId: z.string().min(1),
  limit: historyPageSize,
  /** The id of the last answer of the previous page: the page starts after it. */
  after: z.string().min(1).max(100).optional(),
});
export type ListAnswerHistoryOptions = z.input<typeof listAnswerHistorySchema> & { now?: Date };

/**
 * A learner's answers, newest first, a page at a time (`nextCursor` is null on
 * the last page). Scores of a test still in progress with feedback after
 * submission stay hidden until it is submitted. Each with its question's
 * prompt (a teacher's question as the version taken; null: gone from the bank).
 */
export async function listAnswerHistory(db: Db, options: ListAnswerHistoryOptions) {
  const { userId, limit, after } = parseInput(listAnswerHistorySchema, options);
  const where = visibleResponsesOf(userId, options.now ?? new Date());
  if (
    after &&
    !(await db.response.findFirst({ where: { ...where, id: after }, select: { id: true } }))
  ) {
    throw new InvalidInputError("That page of your answer history does not exist.", {
      after: ["Unknown cursor."],
    });
  }
  const rows = await db.response.findMany({
    where,
    orderBy: [{ answeredAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(after ? { cursor: { id: after }, skip: 1 } : {}),
    select: {
      id: true,
      questionId: true,
      score: true,
      answeredAt: true,
      attempt: {
        select: {
          id: true,
          kind: true,
          submittedAt: true,
          assignment: { select: { id: true, title: true } },
        },
      },
    },
  });
  const page = rows.slice(0, limit);
  const prompts = await questionPrompts(
    db,
    page.map((answer) => answer.questionId),
  );
  return {
    answers: page.map(({ attempt, ...answer }) => ({
      ...answer,
      prompt: prompts.get(answer.questionId) ?? null,
      attemptId: attempt.id,
      attemptKind: attempt.kind,
      attemptSubmitted: attempt.submittedAt !== null,
      assignment: attempt.assignment,
    })),
    nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}

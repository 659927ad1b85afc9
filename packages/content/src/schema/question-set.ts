import { z } from "zod";
import { flashcardIdSchema } from "./flashcard.ts";
import { questionIdSchema } from "./question.ts";

export const questionSetIdSchema = z
  .string()
  .regex(/^s-[a-z0-9]+(-[a-z0-9]+)*$/, "set ids are kebab-case and start with 's-'");

/**
 * One pool of an exam-sized set: an attempt at the set draws `count` of the
 * pool's questions at random.
 */
export const drawPoolSchema = z
  .object({
    title: z.string().trim().min(1),
    questionIds: z.array(questionIdSchema).min(1, "a draw pool needs at least one question"),
    count: z.number().int().min(1, "a draw pool draws at least 1 question"),
  })
  .refine((pool) => pool.count <= pool.questionIds.length, {
    message: "a draw pool cannot draw more questions than it holds",
    path: ["count"],
  });

export const questionSetSchema = z
  .object({
    id: questionSetIdSchema,
    title: z.string().trim().min(1),
    description: z.string().trim().min(1),
    questionIds: z.array(questionIdSchema),
    flashcardIds: z.array(flashcardIdSchema),
    /**
     * Optional: makes the set an exam-sized pool. Each attempt draws `count`
     * questions from each pool; the pools split `questionIds` between them.
     */
    draw: z.array(drawPoolSchema).min(1, "a draw needs at least one pool").optional(),
  })
  .refine((set) => set.questionIds.length + set.flashcardIds.length > 0, {
    message: "a set needs at least one question or flashcard",
  })
  .superRefine((set, ctx) => {
    if (set.draw === undefined) return;
    for (const message of drawProblems(set.questionIds, set.draw)) {
      ctx.addIssue({ code: "custom", path: ["draw"], message });
    }
  });

export type DrawPool = z.infer<typeof drawPoolSchema>;
export type QuestionSet = z.infer<typeof questionSetSchema>;

/** The pools must be disjoint and together hold exactly the set's questions. */
function drawProblems(questionIds: readonly string[], draw: readonly DrawPool[]): string[] {
  const problems: string[] = [];
  const poolOf = new Map<string, string>();
  for (const pool of draw) {
    for (const id of pool.questionIds) {
      const earlier = poolOf.get(id);
      if (earlier !== undefined) {
        problems.push(`${id} is in two draw pools ("${earlier}" and "${pool.title}")`);
      }
      poolOf.set(id, pool.title);
    }
  }
  const inSet = new Set(questionIds);
  for (const id of poolOf.keys()) {
    if (!inSet.has(id)) problems.push(`draw pool question ${id} is not in the set's questionIds`);
  }
  for (const id of inSet) {
    if (!poolOf.has(id)) problems.push(`set question ${id} is in no draw pool`);
  }
  return problems;
}

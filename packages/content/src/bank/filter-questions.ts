import { z } from "zod";
import { paragraphIdSchema } from "../schema/article.ts";
import { COGNITIVE_LEVELS, QUESTION_TYPES, type Question } from "../schema/question.ts";
import { tagIdSchema } from "../schema/tag.ts";

/**
 * A bank filter as it arrives from a form or URL: every field optional, and
 * within a field any value may match (tags: any of them; types: any of them).
 */
export const questionFilterSchema = z.object({
  tags: z.array(tagIdSchema).default([]),
  types: z.array(z.enum(QUESTION_TYPES)).default([]),
  difficulties: z.array(z.union([z.literal(1), z.literal(2), z.literal(3)])).default([]),
  levels: z.array(z.enum(COGNITIVE_LEVELS)).default([]),
  paragraphIds: z.array(paragraphIdSchema).default([]),
});
export type QuestionFilter = z.output<typeof questionFilterSchema>;

export function filterQuestions(
  questions: readonly Question[],
  filter: QuestionFilter,
): Question[] {
  return questions.filter(
    (question) =>
      (filter.tags.length === 0 || question.tags.some((tag) => filter.tags.includes(tag))) &&
      (filter.types.length === 0 || filter.types.includes(question.type)) &&
      (filter.difficulties.length === 0 || filter.difficulties.includes(question.difficulty)) &&
      (filter.levels.length === 0 || filter.levels.includes(question.level)) &&
      (filter.paragraphIds.length === 0 ||
        question.evidence.some((evidence) => filter.paragraphIds.includes(evidence.paragraphId))),
  );
}

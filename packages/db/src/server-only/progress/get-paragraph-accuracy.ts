import { bank } from "@quizdeck/content/bank";
import {
  type ParagraphAccuracy,
  paragraphAccuracy,
  paragraphsByItem,
} from "@quizdeck/core/accuracy";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { visibleResponsesOf } from "./internal/visible-responses.ts";

const getParagraphAccuracySchema = z.object({ userId: z.string().min(1) });
export type GetParagraphAccuracyOptions = z.input<typeof getParagraphAccuracySchema> & {
  now?: Date;
};

const paragraphsOfQuestion = paragraphsByItem(bank.questions);

/**
 * A learner's own accuracy per article paragraph: the mean score of their
 * answers to the questions whose evidence quotes it (every attempt counts once
 * its answers are released to them).
 * Unanswered paragraphs are absent.
 */
export async function getParagraphAccuracy(
  db: Db,
  options: GetParagraphAccuracyOptions,
): Promise<{ paragraphs: Map<string, ParagraphAccuracy>; answers: number }> {
  const { userId } = parseInput(getParagraphAccuracySchema, options);
  const responses = await db.response.findMany({
    where: visibleResponsesOf(userId, options.now ?? new Date()),
    select: { questionId: true, score: true },
  });
  return {
    paragraphs: paragraphAccuracy(responses, paragraphsOfQuestion),
    answers: responses.length,
  };
}

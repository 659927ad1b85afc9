import { isValidTimeZone, zonedDayKey } from "@quizdeck/core/time";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";

const DAY_MS = 86_400_000;
const getActiveDaysSchema = z.object({
  userId: z.string().min(1),
  timeZone: z.string().refine(isValidTimeZone, "Unknown time zone.").default("UTC"),
  days: z.number().int().min(1).max(730).default(400),
});

/** The calendar days (learner's zone) with any answer or card review: what a streak counts. */
export async function getActiveDays(
  db: Db,
  options: z.input<typeof getActiveDaysSchema> & { now?: Date },
): Promise<Set<string>> {
  const { userId, timeZone, days } = parseInput(getActiveDaysSchema, options);
  const since = new Date((options.now ?? new Date()).getTime() - (days + 1) * DAY_MS);
  const [answers, reviews] = await Promise.all([
    db.response.findMany({
      where: { attempt: { userId }, answeredAt: { gte: since } },
      select: { answeredAt: true },
    }),
    db.reviewLog.findMany({
      where: { userId, source: "flashcard", undoneAt: null, reviewedAt: { gte: since } },
      select: { reviewedAt: true },
    }),
  ]);
  return new Set([
    ...answers.map((answer) => zonedDayKey(answer.answeredAt, timeZone)),
    ...reviews.map((review) => zonedDayKey(review.reviewedAt, timeZone)),
  ]);
}

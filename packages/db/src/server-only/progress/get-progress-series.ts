import {
  addDays,
  isoWeekKey,
  isValidTimeZone,
  learnerDayKey,
  zonedDayKey,
} from "@quizdeck/core/time";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { learnerScheduling } from "../memory/internal/learner-scheduling.ts";
import { hiddenQuestionIds, teacherViewField } from "./internal/hidden-questions.ts";
import { visibleResponsesOf } from "./internal/visible-responses.ts";
import { PROGRESS_POLICY } from "./progress-policy.ts";

const DAY_MS = 86_400_000;
const FORECAST_DAYS = PROGRESS_POLICY.forecastDays;

const getProgressSeriesSchema = z.object({
  userId: z.string().min(1),
  timeZone: z.string().refine(isValidTimeZone, "Unknown time zone.").default("UTC"),
  days: z.number().int().min(1).max(366).default(56),
  /** Absent for the learner's own view, which leaves out unreleased exam questions. */
  teacherView: teacherViewField,
});
export type GetProgressSeriesOptions = z.input<typeof getProgressSeriesSchema> & { now?: Date };

export interface DayProgress {
  day: string;
  answers: number;
  /** Mean answer score that day, null when nothing was answered. */
  accuracy: number | null;
  reviews: number;
}

/**
 * A learner's activity over time, on their own calendar: answers and accuracy
 * per day and ISO week (leaving out a test still in progress, whose scores are
 * hidden until it is submitted), card reviews per day, and how many items fall due on
 * each of the next 14 days (overdue ones count for today). The forecast's days are
 * the scheduler's (the learner's stored zone, rolling over at the policy's hour), as
 * the workload forecast's are: between midnight and the rollover, "today" is still
 * the day before, when the cards due in the morning are tomorrow's.
 *
 * The series cover the last `days` days, but start no earlier than the
 * learner's first answer or card review (`firstActiveDay`): a new learner's
 * weeks before they began are not "no answers", they are nothing. Someone who
 * has done nothing yet gets empty series.
 */
export async function getProgressSeries(db: Db, options: GetProgressSeriesOptions) {
  const input = parseInput(getProgressSeriesSchema, options);
  const now = options.now ?? new Date();
  const today = zonedDayKey(now, input.timeZone);
  const firstDay = addDays(today, -(input.days - 1));
  // One extra day either side covers any time zone offset; day keys do the exact cut.
  const since = new Date(now.getTime() - (input.days + 1) * DAY_MS);
  const horizon = new Date(now.getTime() + (FORECAST_DAYS + 1) * DAY_MS);

  const [responses, reviews, upcoming, firstResponse, firstReview, learner] = await Promise.all([
    db.response.findMany({
      where: { ...visibleResponsesOf(input.userId, now), answeredAt: { gte: since } },
      select: { score: true, answeredAt: true },
    }),
    db.reviewLog.findMany({
      where: {
        userId: input.userId,
        source: "flashcard",
        undoneAt: null,
        reviewedAt: { gte: since },
      },
      select: { reviewedAt: true },
    }),
    // A withheld exam question's due date follows its mark: it stays out of the forecast.
    hiddenQuestionIds(db, input.userId, input.teacherView, now).then((withheld) =>
      db.itemMemory.findMany({
        where: {
          userId: input.userId,
          state: { not: "new" },
          due: { lt: horizon },
          itemId: { notIn: [...withheld] },
        },
        select: { due: true },
      }),
    ),
    db.response.findFirst({
      where: visibleResponsesOf(input.userId, now),
      orderBy: { answeredAt: "asc" },
      select: { answeredAt: true },
    }),
    db.reviewLog.findFirst({
      where: { userId: input.userId, source: "flashcard", undoneAt: null },
      orderBy: { reviewedAt: "asc" },
      select: { reviewedAt: true },
    }),
    db.user.findUnique({ where: { id: input.userId }, select: { timeZone: true } }),
  ]);

  const firstActiveDay = earliestDayKey(
    [firstResponse?.answeredAt, firstReview?.reviewedAt],
    input.timeZone,
  );
  const daily = new Map<string, { answers: number; scoreSum: number; reviews: number }>();
  if (firstActiveDay !== null) {
    for (let i = 0; i < input.days; i++) {
      const day = addDays(firstDay, i);
      if (day >= firstActiveDay) daily.set(day, { answers: 0, scoreSum: 0, reviews: 0 });
    }
  }
  for (const response of responses) {
    const bucket = daily.get(zonedDayKey(response.answeredAt, input.timeZone));
    if (!bucket) continue;
    bucket.answers += 1;
    bucket.scoreSum += response.score;
  }
  for (const review of reviews) {
    const bucket = daily.get(zonedDayKey(review.reviewedAt, input.timeZone));
    if (bucket) bucket.reviews += 1;
  }
  const days: DayProgress[] = [...daily].map(([day, bucket]) => ({
    day,
    answers: bucket.answers,
    accuracy: bucket.answers > 0 ? bucket.scoreSum / bucket.answers : null,
    reviews: bucket.reviews,
  }));

  const weekly = new Map<string, { answers: number; scoreSum: number; reviews: number }>();
  for (const [day, bucket] of daily) {
    const key = isoWeekKey(day);
    const week = weekly.get(key) ?? { answers: 0, scoreSum: 0, reviews: 0 };
    week.answers += bucket.answers;
    week.scoreSum += bucket.scoreSum;
    week.reviews += bucket.reviews;
    weekly.set(key, week);
  }

  const scheduling = learnerScheduling({
    timeZone: learner?.timeZone ?? null,
    weights: null,
    desiredRetention: null,
  });
  const learnerToday = learnerDayKey(now, scheduling);
  const forecast = Array.from({ length: FORECAST_DAYS }, (_, i) => ({
    day: addDays(learnerToday, i),
    due: 0,
  }));
  const forecastIndex = new Map(forecast.map((entry, index) => [entry.day, index]));
  for (const item of upcoming) {
    const key = item.due <= now ? learnerToday : learnerDayKey(item.due, scheduling);
    const index = forecastIndex.get(key);
    const entry = index === undefined ? undefined : forecast[index];
    if (entry) entry.due += 1;
  }

  return {
    firstActiveDay,
    days,
    weeks: [...weekly].map(([week, bucket]) => ({
      week,
      answers: bucket.answers,
      accuracy: bucket.answers > 0 ? bucket.scoreSum / bucket.answers : null,
      reviews: bucket.reviews,
    })),
    forecast,
  };
}

/** The calendar day (in `timeZone`) of the earliest of some instants; null when there are none. */
function earliestDayKey(instants: (Date | undefined)[], timeZone: string): string | null {
  const times = instants.filter((instant) => instant !== undefined).map((date) => date.getTime());
  return times.length > 0 ? zonedDayKey(new Date(Math.min(...times)), timeZone) : null;
}

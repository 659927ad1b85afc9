import type { ParameterThresholds } from "@quizdeck/core/fitting";
import type { Db } from "../../../client/create-prisma-client.ts";
import { chooseParameters } from "./choose-parameters.ts";
import { fitAndEvaluate } from "./fit-and-evaluate.ts";
import { queueClassFit } from "./fit-queue.ts";
import { learnerHistory } from "./review-history.ts";

/**
 * One student's job: fit their own weights once they have enough reviews to be
 * used (fewer would not be), choose what schedules them, and count their new
 * reviews from here. A class of theirs never examined gets its first fit
 * queued, so its teacher need not wait for the night.
 */
export async function fitStudent(
  db: Db,
  userId: string,
  thresholds: ParameterThresholds,
  now: Date,
): Promise<{ reviews: number; fitted: boolean } | null> {
  const learner = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      timeZone: true,
      memoryModel: { select: { reviewsSinceFit: true } },
      enrollments: {
        where: { removedAt: null, class: { archivedAt: null, memoryFit: { is: null } } },
        select: { classId: true },
      },
    },
  });
  if (!learner) return null;
  const countedBefore = learner.memoryModel?.reviewsSinceFit ?? 0;
  const history = await learnerHistory(db, learner);
  let fitted = false;
  if (history.reviews >= thresholds.studentReviews) {
    const fit = await fitAndEvaluate(history.sequences, history.reviews, true, now);
    await db.memoryFit.upsert({ where: { userId }, create: { userId, ...fit }, update: fit });
    fitted = fit.weights.length > 0;
  }
  await chooseParameters(db, [userId], thresholds, now);
  // Reviews that came in while this ran stay counted for the next fit.
  await db.$executeRaw`
    UPDATE "memory_model" SET "reviewsSinceFit" = GREATEST(0, "reviewsSinceFit" - ${countedBefore})
     WHERE "userId" = ${userId}`;
  for (const { classId } of learner.enrollments) await queueClassFit(db, classId, "class", now);
  return { reviews: history.reviews, fitted };
}
